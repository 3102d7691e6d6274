import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { Archive } from '../lib/model/archive.ts';
import { buildFacets, FACETS_FILE, type FacetPage } from '../lib/search/facets.ts';
import { searchRecords, type SearchRecord } from '../lib/search/records.ts';
import { LANGS } from '../schemas/common.ts';
import { paths } from '../lib/model/urls.ts';

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

/**
 * What the written index depends on besides its records: Pagefind's version and the code that shapes the
 * bundle after Pagefind (the facets table). A change to either makes the next build index again.
 */
function indexerFingerprint(): string {
  const hash = createHash('sha256');
  // Pagefind exports no package.json: its version is read from the one above its entry file.
  let dir = dirname(fileURLToPath(import.meta.resolve('pagefind')));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  hash.update(readFileSync(join(dir, 'package.json')));
  for (const file of ['../lib/search/facets.ts', './search-index.ts']) {
    const path = fileURLToPath(new URL(file, import.meta.url));
    hash.update(existsSync(path) ? readFileSync(path) : `missing ${file}`);
  }
  return hash.digest('hex');
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

export interface SearchIndexJob {
  /**
   * Waits for the index and puts it into the built site. `kept`: the site folder is the last build's, left in
   * place, so its index is already there when the records did not change.
   */
  writeTo(dist: URL, kept: boolean): Promise<void>;
}

/**
 * Starts the search index when the build starts: the records come from the archive's data, not from the
 * rendered pages, so navigation and footers never enter them and the index need not wait for the pages.
 * Pagefind (a process of its own) indexes on the second core while Astro renders, into the cache folder;
 * when the records and the indexer are those of the last build, that index is reused as it is.
 */
export function startSearchIndex(archive: Archive, base: string, cacheDir: URL, logger: AstroIntegrationLogger): SearchIndexJob {
  const started = performance.now();
  let records: SearchRecord[] | undefined = searchRecords(archive, base);
  const count = records.length;
  // Hashed record by record: the whole index as one JSON string would be hundreds of megabytes at a time.
  const hash = createHash('sha256').update(indexerFingerprint());
  for (const record of records) hash.update(JSON.stringify(record));
  const digest = hash.digest('hex');
  const cached = join(fileURLToPath(cacheDir), 'search-index');
  const stamp = join(cached, 'records.sha256');
  const reused = existsSync(stamp) && readFileSync(stamp, 'utf8') === digest;
  if (reused) records = undefined;

  const ready: Promise<void> = reused
    ? Promise.resolve()
    : (async () => {
        // Written beside the cache and moved into place whole, so an interrupted build never leaves half an index.
        const fresh = `${cached}.partial-${process.pid}`;
        rmSync(fresh, { recursive: true, force: true });
        const sent = records!;
        // Pagefind holds the records from here on: this process need not keep them while the pages render.
        records = undefined;
        await writeBundles(sent, fresh);
        writeFileSync(join(fresh, 'records.sha256'), digest);
        rmSync(cached, { recursive: true, force: true });
        renameSync(fresh, cached);
      })();
  // Failure is reported when the build waits for the index; until then it must not count as unhandled.
  ready.catch(() => {});

  return {
    async writeTo(dist: URL, kept: boolean) {
      await ready;
      const target = fileURLToPath(dist);
      const copied = join(cached, 'copied.sha256');
      const inPlace = kept && reused && existsSync(copied) && readFileSync(copied, 'utf8') === digest;
      if (!inPlace) {
        rmSync(copied, { force: true });
        for (const lang of LANGS) {
          const bundle = join(target, paths.searchBundle(lang));
          rmSync(bundle, { recursive: true, force: true });
          mkdirSync(bundle, { recursive: true });
          cpSync(join(cached, paths.searchBundle(lang)), bundle, { recursive: true });
        }
        writeFileSync(copied, digest);
      }
      const ms = Math.round(performance.now() - started);
      logger.info(`search index: ${count} records, ${reused ? 'unchanged since the last build (reused)' : 'indexed'}; ready ${ms} ms after the build started`);
    },
  };
}
