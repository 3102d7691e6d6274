import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** What the last build made of the search index, kept in its folder in the cache (read by the benchmark and tests). */
export const SEARCH_INDEX_SUMMARY = 'index.json';

export interface IndexSummary {
  records: number;
  /** Each shard folder (as in the site) with the digest of the records and code that made it. */
  stamps: Record<string, string>;
  /** How many shards the last build indexed again, of how many. */
  shards: { made: number; total: number };
}

/** The files in a shard's folder in the cache that say what made it (its stamp) and its pages' filter values; not for the site. */
export const SHARD_STAMP = 'records.sha256';
export const SHARD_PAGES = 'pages.json';

/** Removes the shard folders under `<root>/pagefind/` that `stamps` (folder → stamp) no longer names. */
export function removeOtherShards(root: string, stamps: Record<string, string>): void {
  let names: string[];
  try {
    names = readdirSync(join(root, 'pagefind'));
  } catch {
    return;
  }
  for (const name of names) if (!(`/pagefind/${name}/` in stamps)) rmSync(join(root, 'pagefind', name), { recursive: true, force: true });
}
