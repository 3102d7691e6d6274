/**
 * The search index, built on a thread of its own while the pages render on the main one (and Pagefind, a
 * process of its own, on whatever core is free). It is made from the archive's data, not from the rendered
 * pages, so it need not wait for them.
 *
 * Nothing is indexed when the index in the cache was made from the same data with the same code: the digest of
 * both decides, before any record is made (making the records of 10,000 documents takes longer than anything
 * else here but Pagefind). Otherwise only the shards (lib/search/shards) whose records changed are indexed again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { Archive, type ArchiveData } from '../lib/model/archive.ts';
import { paths } from '../lib/model/urls.ts';
import { buildFacets, FACETS_FILE, type FacetPage } from '../lib/search/facets.ts';
import { shardPlans } from '../lib/search/shards.ts';
import { buildMemory } from './build-memory.ts';
import { removeOtherShards, SEARCH_INDEX_SUMMARY, SHARD_PAGES, SHARD_STAMP, type IndexSummary } from './search-index-summary.ts';
import { bodyContent, searchRecords, type Remember, type SearchRecord } from '../lib/search/records.ts';
import { LANGS, type Lang } from '../schemas/langs.ts';

export interface SearchIndexTask {
  data: ArchiveData;
  base: string;
  /** The folder of the last index (`<cacheDir>/search-index`). */
  cached: string;
  /** The project's source folder, whose code makes the records and the bundle. */
  src: string;
  /** Documents per shard in each language (lib/search/shards). */
  shardSizes: Record<Lang, number>;
}

export type SearchIndexResult = ({ ok: true } & SearchIndexBuilt) | { ok: false; error: string };

/** Each page of a written bundle with the filter values Pagefind holds for it, read from its fragment files. */
function bundlePages(bundleDir: string): FacetPage[] {
  const dir = join(bundleDir, 'fragment');
  // A language without documents has an index without pages.
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => {
      // A fragment is gzipped "pagefind_dcd" + JSON; its file name is the result id the browser sees.
      const fragment = JSON.parse(
        gunzipSync(readFileSync(join(dir, name)))
          .subarray(12)
          .toString('utf8'),
      ) as { filters: Record<string, string[]> };
      // Counts are shown for the filters with checkboxes; the person filter has thousands of values and none,
      // and each page's date is a column of its own.
      const { person: _person, date, ...filters } = fragment.filters;
      return { id: name.slice(0, -'.pf_fragment'.length), filters, date: date?.[0] };
    });
}

/** Every file of a folder, recursively, in a fixed order. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sourceFiles(path) : [path];
    });
}

/**
 * The code the index is made with: Pagefind's version and the code that turns the data into records and the
 * bundle (src/lib, src/schemas, src/markdown and this file).
 */
export function indexerCode(src: string): string {
  const hash = createHash('sha256');
  let dir = dirname(fileURLToPath(import.meta.resolve('pagefind')));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  hash.update(readFileSync(join(dir, 'package.json')));
  for (const folder of ['lib', 'schemas', 'markdown']) {
    for (const file of sourceFiles(join(src, folder))) hash.update(file.slice(src.length)).update(readFileSync(file));
  }
  hash.update(readFileSync(join(src, 'integrations/search-index-worker.ts')));
  return hash.digest('hex');
}

/**
 * What the index is made from: the archive's data and base, the shard sizes, and the code. A change to any makes
 * the next build index again.
 */
export function indexInputs(task: Omit<SearchIndexTask, 'cached' | 'src'>, code: string): string {
  return createHash('sha256').update(code).update(task.base).update(JSON.stringify(task.shardSizes)).update(JSON.stringify(task.data)).digest('hex');
}

/** One shard of one language's index: its records and the digest they (and the code) make. */
interface Shard {
  lang: Lang;
  shard: number;
  records: SearchRecord[];
  digest: string;
}

/** What a shard after the first needs: its index; the runtime and the scripts come from the first. */
const SHARD_FILES = /^(?:pagefind-entry\.json|.*\.pf_meta|index|fragment|filter)$/;
/** What the first needs besides: the runtime (the search page is the archive's own, not Pagefind's UI: 0.9 MB less). */
const FIRST_SHARD_FILES =
  /^(?:pagefind-entry\.json|.*\.pf_meta|index|fragment|filter|pagefind\.js|pagefind-worker\.js|pagefind-highlight\.js|wasm\..*\.pagefind)$/;

const shardDir = (root: string, lang: Lang, shard: number): string => join(root, paths.searchBundle(lang, shard));

/** The records split by language and shard (lib/search/shards), each with its digest. */
function shardsOf(records: SearchRecord[], ids: readonly string[], code: string, task: SearchIndexTask): Shard[] {
  const plans = shardPlans(
    records.map((r, i) => ({ lang: r.language, id: ids[i]! })),
    LANGS,
    task.shardSizes,
  );
  const shards = LANGS.flatMap((lang) => Array.from({ length: plans[lang].count }, (_, shard) => ({ lang, shard, records: [] as SearchRecord[] })));
  const first = Object.fromEntries(LANGS.map((lang) => [lang, shards.findIndex((s) => s.lang === lang)])) as Record<Lang, number>;
  records.forEach((r, i) => shards[first[r.language] + plans[r.language].folderOf(ids[i]!)]!.records.push(r));
  return shards.map((s) => ({ ...s, digest: createHash('sha256').update(code).update(task.base).update(JSON.stringify(s.records)).digest('hex') }));
}

/**
 * Writes these shards' bundles into their folders under `root`, each into a folder of its own beside it and
 * moved into place whole, with its stamp and its pages' filter values (Pagefind's Node API, as Astro Starlight
 * uses it). `meanwhile` runs once Pagefind has every record, while it writes: this thread is free then.
 */
async function writeShards(shards: Shard[], root: string, meanwhile: () => void): Promise<void> {
  try {
    // Records go to Pagefind's service in parallel, every shard at once: one at a time, the round trips
    // dominate (3.7 s for 400 records).
    const indexes = await Promise.all(
      shards.map(async ({ records }) => {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await Promise.all(records.map((r) => index.addCustomRecord(r)));
        const rejected = added.flatMap((a) => a.errors);
        if (rejected.length) throw new Error(`Pagefind rejected records: ${rejected.slice(0, 5).join('; ')}`);
        return index;
      }),
    );
    const writing = Promise.all(
      shards.map(async ({ lang, shard, digest }, i) => {
        const dir = shardDir(root, lang, shard);
        const fresh = `${dir.replace(/\/$/, '')}.partial-${process.pid}`;
        rmSync(fresh, { recursive: true, force: true });
        const written = await indexes[i]!.writeFiles({ outputPath: fresh });
        if (written.errors.length) throw new Error(`Pagefind could not write the ${lang} index: ${written.errors.join('; ')}`);
        const keep = shard > 0 ? SHARD_FILES : FIRST_SHARD_FILES;
        for (const name of readdirSync(fresh)) if (!keep.test(name)) rmSync(join(fresh, name), { recursive: true });
        writeFileSync(join(fresh, SHARD_PAGES), JSON.stringify(bundlePages(fresh)));
        writeFileSync(join(fresh, SHARD_STAMP), digest);
        rmSync(dir, { recursive: true, force: true });
        renameSync(fresh, dir);
      }),
    );
    try {
      meanwhile();
    } finally {
      await writing;
    }
  } finally {
    // Pagefind runs as a child service: it is stopped even when indexing fails, so the build can exit.
    await pagefind.close();
  }
}

/** The stamp of the shard in this folder, or undefined when there is none (or half of one). */
function stampOf(dir: string): string | undefined {
  try {
    return readFileSync(join(dir, SHARD_STAMP), 'utf8');
  } catch {
    return undefined;
  }
}

/** Each language's facet table, from the filter values of all its shards' pages, into its first shard. */
function writeFacets(root: string, shards: Shard[]): void {
  for (const lang of LANGS) {
    const pages = shards
      .filter((s) => s.lang === lang)
      .flatMap((s) => JSON.parse(readFileSync(join(shardDir(root, lang, s.shard), SHARD_PAGES), 'utf8')) as FacetPage[]);
    writeFileSync(join(shardDir(root, lang, 0), FACETS_FILE), JSON.stringify(buildFacets(pages)));
  }
}

/**
 * The costly parts of making the records (a body's text, the people its text names, its Korean terms: 9 s of 10
 * at 10,000 documents), remembered between builds in the cache folder beside the index, so that after an edit
 * only the edited document's are worked out again: the people found for as long as the people registry is the
 * same, all of them for as long as the code is.
 */
function remembered(cached: string, code: string, registry: string): { text: (markdown: string) => string; remember: Remember; save: () => void } {
  const texts = buildMemory<string>(`${cached}-texts.json`, code);
  const found = { people: buildMemory<string[]>(`${cached}-people.json`, `${code} ${registry}`), korean: buildMemory<string[]>(`${cached}-korean.json`, code) };
  return {
    text: (markdown) => texts.recall(markdown, () => bodyContent(markdown)),
    remember: (kind, text, make) => found[kind].recall(text, make),
    save: () => [texts, found.people, found.korean].forEach((m) => m.save()),
  };
}

/** What buildSearchIndex did: how many records, and how many shards it made again of how many. */
export interface SearchIndexBuilt extends IndexSummary {
  reused: boolean;
  digest: string;
}

/**
 * Makes the index into `task.cached` (one folder per shard, laid out as in the site), making again only the
 * shards whose records changed; nothing at all, not even the records, when the inputs are those of the last
 * build.
 */
export async function buildSearchIndex(task: SearchIndexTask): Promise<SearchIndexBuilt> {
  const code = indexerCode(task.src);
  const digest = indexInputs(task, code);
  const stamp = join(task.cached, 'inputs.sha256');
  const summary = join(task.cached, SEARCH_INDEX_SUMMARY);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest && existsSync(summary)) {
    const last = JSON.parse(readFileSync(summary, 'utf8')) as IndexSummary;
    const shards = { made: 0, total: Object.keys(last.stamps).length };
    writeFileSync(summary, JSON.stringify({ ...last, shards } satisfies IndexSummary));
    return { reused: true, digest, records: last.records, stamps: last.stamps, shards };
  }
  // Until the index is whole again, the next build must not take it as made from these inputs.
  rmSync(stamp, { force: true });
  mkdirSync(task.cached, { recursive: true });
  const memory = remembered(task.cached, code, createHash('sha256').update(JSON.stringify(task.data.people)).digest('hex'));
  const archive = new Archive(task.data);
  const records = searchRecords(archive, task.base, { bodyText: memory.text, remember: memory.remember });
  // searchRecords keeps the order of the documents: the i-th record is the i-th document's.
  const shards = shardsOf(
    records,
    archive.input.documents.map((d) => d.id),
    code,
    task,
  );
  const stale = shards.filter((s) => stampOf(shardDir(task.cached, s.lang, s.shard)) !== s.digest);
  // The memory is saved while Pagefind writes (1–2 s at 10,000 documents, off the path of an edit's rebuild).
  if (stale.length) await writeShards(stale, task.cached, memory.save);
  else memory.save();
  const stamps = Object.fromEntries(shards.map((s) => [paths.searchBundle(s.lang, s.shard), s.digest]));
  removeOtherShards(task.cached, stamps);
  writeFacets(task.cached, shards);
  const made = { made: stale.length, total: shards.length };
  writeFileSync(summary, JSON.stringify({ records: records.length, stamps, shards: made } satisfies IndexSummary));
  writeFileSync(stamp, digest);
  return { reused: stale.length === 0, records: records.length, digest, stamps, shards: made };
}

if (parentPort && workerData) {
  const port = parentPort;
  buildSearchIndex(workerData as SearchIndexTask).then(
    (done) => port.postMessage({ ok: true, ...done } satisfies SearchIndexResult),
    (err: unknown) => port.postMessage({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies SearchIndexResult),
  );
}
