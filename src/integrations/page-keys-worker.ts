/**
 * Every page's cache key, computed on a thread of its own while the main thread starts the build and Vite bundles
 * the pages (src/lib/build/routes.ts: the same definitions the pages render from). The main thread then only
 * looks the keys up: it computes the view of a page only when it renders that page.
 *
 * What each body's person links depend on (NameMatcher.dependencies, a scan of every body: a quarter of the work)
 * is remembered between builds in the cache folder, for as long as the people registry and the matcher's code
 * stay the same.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { rememberBodyNames } from '../lib/browse/document.ts';
import { routeKeys, type RouteName } from '../lib/build/routes.ts';
import { Archive, type ArchiveData } from '../lib/model/archive.ts';
import { buildMemory } from './build-memory.ts';
import type { SiteLocation } from '../lib/publish/citation/model.ts';

export interface PageKeysTask {
  data: ArchiveData;
  location: SiteLocation;
  /** The routes whose pages' keys this thread computes. */
  routes: RouteName[];
  /** The file the bodies' name dependencies are remembered in (`<cacheDir>/page-keys-names.json`), for the articles. */
  memoryFile?: string;
}

export type PageKeysResult = { ok: true; keys: Map<string, string> } | { ok: false; error: string };

if (parentPort && workerData) {
  const { data, location, routes, memoryFile } = workerData as PageKeysTask;
  let result: PageKeysResult;
  try {
    const archive = new Archive(data);
    let save = () => {};
    if (memoryFile) {
      const matcherCode = readFileSync(new URL('../lib/names/matcher.ts', import.meta.url));
      const basis = createHash('sha256').update(matcherCode).update(JSON.stringify(data.people)).digest('hex');
      const runs = buildMemory<string[]>(memoryFile, basis);
      // Keyed by language too: a body's runs are those of its language's forms.
      rememberBodyNames(archive, (lang) => ({ get: (text) => runs.get(`${lang}\0${text}`), set: (text, found) => runs.set(`${lang}\0${text}`, found) }));
      save = runs.save;
    }
    result = { ok: true, keys: routeKeys(archive, location, routes) };
    save();
  } catch (err) {
    result = { ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort.postMessage(result);
}
