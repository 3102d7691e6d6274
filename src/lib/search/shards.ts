/**
 * The search index of a language is split into shards of about RECORDS_PER_SHARD[lang] documents each, by a
 * hash of the document's id, because Pagefind cannot add to an index: an edit makes only its shard again (at
 * 10,000 documents a quarter of the Korean index or half of the English one, not both languages whole). The
 * browser merges the shards of a language into one search (Pagefind's mergeIndex, which shares the first shard's
 * runtime).
 *
 * A small archive has one shard per language, as before. The count changes only when the archive grows past a
 * boundary, and then every shard is made again.
 */
import type { Lang } from '../../schemas/langs.ts';

/**
 * Documents per shard unless ARCHIVE_SEARCH_SHARD_SIZE says otherwise: a Korean record takes Pagefind about
 * twice as long as an English one (4.3 ms against 2.4 ms at 5,000 records, measured on the bench's archive), so
 * Korean shards are half the size and an edit in either language is re-indexed in about the same time (10–12 s).
 */
export const RECORDS_PER_SHARD: Readonly<Record<Lang, number>> = { ko: 2_500, en: 5_000 };

/**
 * ARCHIVE_SEARCH_SHARD_SIZE (both languages), else RECORDS_PER_SHARD[lang]: smaller shards make a rebuild after
 * an edit faster and a search fetch more files.
 */
export function shardSize(lang: Lang, env: Record<string, string | undefined> = process.env): number {
  const raw = env.ARCHIVE_SEARCH_SHARD_SIZE?.trim();
  if (!raw) return RECORDS_PER_SHARD[lang];
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(
      `ARCHIVE_SEARCH_SHARD_SIZE: "${raw}" is not a whole number of documents: give one of 1 or more, e.g. ARCHIVE_SEARCH_SHARD_SIZE=5000, or leave it unset for the defaults (${RECORDS_PER_SHARD.ko} Korean, ${RECORDS_PER_SHARD.en} English documents per shard)`,
    );
  }
  return size;
}

/** Each language's shard size, as this build's environment sets it. */
export function shardSizes(langs: readonly Lang[], env: Record<string, string | undefined> = process.env): Record<Lang, number> {
  return Object.fromEntries(langs.map((lang) => [lang, shardSize(lang, env)])) as Record<Lang, number>;
}

/** How many shards a language with this many documents is split into. */
export function shardCount(documents: number, size: number): number {
  return Math.max(1, Math.round(documents / size));
}

/**
 * The shard a document belongs to, from its id alone, so that it stays in its shard from build to build:
 * FNV-1a, its bits mixed (MurmurHash3's finaliser) because FNV's low bits alone split ids that differ in a
 * counter unevenly.
 */
export function shardOf(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) % count;
}

/** How a language's documents are split: into `count` folders, each document into the one `folderOf` names. */
export interface ShardPlan {
  count: number;
  folderOf: (id: string) => number;
}

/**
 * Each language's split. Pagefind writes no index for no records, so shards no document fell into get no folder
 * and the others are numbered on (only a tiny archive, or a tiny shard size, leaves a shard empty).
 */
export function shardPlans(
  documents: readonly { lang: Lang; id: string }[],
  langs: readonly Lang[],
  size?: number | Readonly<Record<Lang, number>>,
): Record<Lang, ShardPlan> {
  return Object.fromEntries(
    langs.map((lang) => {
      const ids = documents.filter((d) => d.lang === lang).map((d) => d.id);
      const shards = shardCount(ids.length, typeof size === 'number' ? size : (size?.[lang] ?? shardSize(lang)));
      const used = [...new Set(ids.map((id) => shardOf(id, shards)))].sort((a, b) => a - b);
      const folder = new Map(used.map((shard, i) => [shard, i]));
      return [lang, { count: Math.max(1, used.length), folderOf: (id: string) => folder.get(shardOf(id, shards)) ?? 0 }];
    }),
  ) as Record<Lang, ShardPlan>;
}

/** How many shard folders each language's index has. */
export function shardCounts(
  documents: readonly { lang: Lang; id: string }[],
  langs: readonly Lang[],
  size?: number | Readonly<Record<Lang, number>>,
): Record<Lang, number> {
  const plans = shardPlans(documents, langs, size);
  return Object.fromEntries(langs.map((lang) => [lang, plans[lang].count])) as Record<Lang, number>;
}
