import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegrationLogger } from 'astro';
import type { ArchiveData } from '../lib/model/archive.ts';
import { paths } from '../lib/model/urls.ts';
import { FACETS_FILE } from '../lib/search/facets.ts';
import { shardSizes } from '../lib/search/shards.ts';
import { LANGS } from '../schemas/langs.ts';
import { removeOtherShards, SHARD_PAGES, SHARD_STAMP } from './search-index-summary.ts';
import type { SearchIndexResult, SearchIndexTask } from './search-index-worker.ts';

export interface SearchIndexJob {
  /**
   * Waits for the index and puts it into the built site. `kept`: the site folder is the last build's, left in
   * place, so its index is already there when it did not change.
   */
  writeTo(dist: URL, kept: boolean): Promise<void>;
}

/**
 * Starts the search index when the build starts, on a worker thread (src/integrations/search-index-worker.ts):
 * it is made from the archive's data into the cache folder while the pages render, or found unchanged there.
 */
export function startSearchIndex(data: ArchiveData, base: string, root: URL, cacheDir: URL, logger: AstroIntegrationLogger): SearchIndexJob {
  const started = performance.now();
  const src = fileURLToPath(new URL('src/', root));
  const cached = join(fileURLToPath(cacheDir), 'search-index');
  const task: SearchIndexTask = { data, base, cached, src, shardSizes: shardSizes(LANGS) };
  const worker = new Worker(join(src, 'integrations/search-index-worker.ts'), { workerData: task });
  const ready = new Promise<Extract<SearchIndexResult, { ok: true }>>((resolve, reject) => {
    worker.once('message', (result: SearchIndexResult) => (result.ok ? resolve(result) : reject(new Error(`the search index failed: ${result.error}`))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search index's thread stopped (exit ${code}) before it was done`)));
  });
  // Failure is reported when the build waits for the index; until then it must not count as unhandled.
  ready.catch(() => {});

  return {
    async writeTo(dist: URL, kept: boolean) {
      const { reused, records, stamps, shards } = await ready.finally(() => worker.terminate());
      const target = fileURLToPath(dist);
      // Which shards the site folder holds (folder → stamp), so that a kept folder is copied into only where
      // the index changed.
      const copiedFile = join(fileURLToPath(cacheDir), 'search-index-copied.json');
      let copied: Record<string, string> = {};
      try {
        if (kept) copied = JSON.parse(readFileSync(copiedFile, 'utf8')) as Record<string, string>;
      } catch {
        // Nothing recorded: every shard is copied.
      }
      rmSync(copiedFile, { force: true });
      removeOtherShards(target, stamps);
      let copies = 0;
      for (const [folder, stamp] of Object.entries(stamps)) {
        const bundle = join(target, folder);
        if (copied[folder] !== stamp || !existsSync(bundle)) {
          rmSync(bundle, { recursive: true, force: true });
          mkdirSync(bundle, { recursive: true });
          cpSync(join(cached, folder), bundle, { recursive: true, filter: (path) => ![SHARD_STAMP, SHARD_PAGES].includes(basename(path)) });
          copies++;
        }
      }
      // The facet tables cover every shard of their language: always the cache's.
      for (const lang of LANGS) cpSync(join(cached, paths.searchBundle(lang), FACETS_FILE), join(target, paths.searchBundle(lang), FACETS_FILE));
      writeFileSync(copiedFile, JSON.stringify(stamps));
      const ms = Math.round(performance.now() - started);
      logger.info(
        `search index: ${records} records in ${shards.total} shards, ${reused ? 'unchanged since the last build (reused)' : `${shards.made} indexed again`}; ${copies} copied into the site; ready ${ms} ms after the build started`,
      );
    },
  };
}
