/**
 * The search index, built on a thread of its own while the pages render on the main one (and Pagefind, a
 * process of its own, on whatever core is free). It is made from the archive's data, not from the rendered
 * pages, so it need not wait for them.
 *
 * Nothing is indexed when the index in the cache was made from the same data with the same code: the digest of
 * both decides, before any record is made (making the records of 10,000 documents takes longer than anything
 * else here but Pagefind).
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
import { searchRecords, type SearchRecord } from '../lib/search/records.ts';
import { markdownText } from '../lib/text/markdown-text.ts';
import { LANGS } from '../schemas/langs.ts';

export interface SearchIndexTask {
  data: ArchiveData;
  base: string;
  /** The folder of the last index (`<cacheDir>/search-index`). */
  cached: string;
  /** The project's source folder, whose code makes the records and the bundle. */
  src: string;
}

export type SearchIndexResult = { ok: true; reused: boolean; records: number; digest: string } | { ok: false; error: string };

/** Each page of a written bundle with the filter values Pagefind holds for it, read from its fragment files. */
function bundlePages(bundleDir: string): FacetPage[] {
  const dir = join(bundleDir, 'fragment');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => {
      // A fragment is gzipped "pagefind_dcd" + JSON; its file name is the result id the browser sees.
      const fragment = JSON.parse(
        gunzipSync(readFileSync(join(dir, name)))
          .subarray(12)
          .toString('utf8'),
      ) as { filters: Record<string, string[]> };
      return { id: name.slice(0, -'.pf_fragment'.length), filters: fragment.filters };
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

/** What the index is made from: the archive's data and base, and the code. A change to any makes the next build index again. */
export function indexInputs(task: Omit<SearchIndexTask, 'cached'>, code: string): string {
  return createHash('sha256').update(code).update(task.base).update(JSON.stringify(task.data)).digest('hex');
}

/** Writes one bundle per language into `outDir` (Pagefind's Node API, as Astro Starlight uses it). */
async function writeBundles(records: SearchRecord[], outDir: string): Promise<void> {
  try {
    // Records go to Pagefind's service in parallel, both languages at once: one at a time, the round trips
    // dominate (3.7 s for 400 records).
    await Promise.all(
      LANGS.map(async (lang) => {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await Promise.all(records.filter((r) => r.language === lang).map((r) => index.addCustomRecord(r)));
        const rejected = added.flatMap((a) => a.errors);
        if (rejected.length) throw new Error(`Pagefind rejected records: ${rejected.slice(0, 5).join('; ')}`);
        const bundleDir = join(outDir, paths.searchBundle(lang));
        const written = await index.writeFiles({ outputPath: bundleDir });
        if (written.errors.length) throw new Error(`Pagefind could not write the ${lang} index: ${written.errors.join('; ')}`);
        writeFileSync(join(bundleDir, FACETS_FILE), JSON.stringify(buildFacets(bundlePages(bundleDir))));
      }),
    );
  } finally {
    // Pagefind runs as a child service: it is stopped even when indexing fails, so the build can exit.
    await pagefind.close();
  }
}

/**
 * markdownText, remembered between builds by the body's SHA-256 (in the cache folder, beside the index): reading
 * a body's Markdown is most of the work of making its record, and an edit changes one body at a time. Only the
 * texts of this build's bodies are kept.
 */
function rememberedTexts(cached: string, code: string): { text: (markdown: string) => string; save: () => void } {
  const file = `${cached}-texts.json`;
  let before: Record<string, string> = {};
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { code: string; texts: Record<string, string> };
    // Texts made by other code may read differently.
    if (saved.code === code) before = saved.texts;
  } catch {
    // No texts yet (a first build), or an unreadable file: every text is made again.
  }
  const now: Record<string, string> = {};
  return {
    text: (markdown) => {
      const key = createHash('sha256').update(markdown).digest('base64url');
      return (now[key] ??= before[key] ?? markdownText(markdown));
    },
    save: () => writeFileSync(file, JSON.stringify({ code, texts: now })),
  };
}

/** Makes the index into `task.cached`, unless the one there was made from the same inputs. */
export async function buildSearchIndex(task: SearchIndexTask): Promise<{ reused: boolean; records: number; digest: string }> {
  const code = indexerCode(task.src);
  const digest = indexInputs(task, code);
  const stamp = join(task.cached, 'inputs.sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) {
    return { reused: true, records: Number(readFileSync(join(task.cached, 'records.count'), 'utf8')), digest };
  }
  const texts = rememberedTexts(task.cached, code);
  const records = searchRecords(new Archive(task.data), task.base, { bodyText: texts.text });
  texts.save();
  // Written beside the cache and moved into place whole, so an interrupted build never leaves half an index.
  const fresh = `${task.cached}.partial-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  await writeBundles(records, fresh);
  writeFileSync(join(fresh, 'records.count'), String(records.length));
  writeFileSync(join(fresh, 'inputs.sha256'), digest);
  rmSync(task.cached, { recursive: true, force: true });
  renameSync(fresh, task.cached);
  return { reused: false, records: records.length, digest };
}

if (parentPort && workerData) {
  const port = parentPort;
  buildSearchIndex(workerData as SearchIndexTask).then(
    (done) => port.postMessage({ ok: true, ...done } satisfies SearchIndexResult),
    (err: unknown) => port.postMessage({ ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies SearchIndexResult),
  );
}
