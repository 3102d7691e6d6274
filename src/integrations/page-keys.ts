import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ROUTES, type RouteName } from '../lib/build/routes.ts';
import type { ArchiveData } from '../lib/model/archive.ts';
import type { SiteLocation } from '../lib/publish/citation/model.ts';
import type { PageKeysResult, PageKeysTask } from './page-keys-worker.ts';

/**
 * The routes split between two threads of about equal work at 10,000 documents (about 3 s each): the articles,
 * side-by-side and meeting pages, the open data and feeds on one, the lists and the rest on the other. The main
 * thread, bundling the pages meanwhile, has nothing else to do until the keys are there.
 */
const FIRST: readonly RouteName[] = ['document', 'parallel', 'meeting', 'openData', 'feed'];
export const KEY_THREADS: readonly (readonly RouteName[])[] = [FIRST, (Object.keys(ROUTES) as RouteName[]).filter((name) => !FIRST.includes(name))];

/** The cache keys of a route's pages: a map from each page's name (routes.ts pageName) to its key. */
export type PageKeys = (route: RouteName) => Promise<Map<string, string>>;

/** Starts computing every page's cache key on two worker threads (src/integrations/page-keys-worker.ts). */
export function startPageKeys(data: ArchiveData, location: SiteLocation, root: URL, cacheDir: URL): PageKeys {
  const plain = { site: location.site ? String(location.site) : undefined, base: location.base };
  const threads = KEY_THREADS.map((routes) =>
    keysOn(root, {
      data,
      location: plain,
      routes: [...routes],
      ...(routes.includes('document') ? { memoryFile: join(fileURLToPath(cacheDir), 'page-keys-names.json') } : {}),
    }),
  );
  return (route) => threads[KEY_THREADS.findIndex((routes) => routes.includes(route))]!;
}

function keysOn(root: URL, task: PageKeysTask): Promise<Map<string, string>> {
  const worker = new Worker(join(fileURLToPath(new URL('src/', root)), 'integrations/page-keys-worker.ts'), { workerData: task });
  const keys = new Promise<Map<string, string>>((resolve, reject) => {
    worker.once('message', (result: PageKeysResult) => (result.ok ? resolve(result.keys) : reject(new Error(`the pages' cache keys failed: ${result.error}`))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the pages' cache keys' thread stopped (exit ${code}) before it was done`)));
  }).finally(() => void worker.terminate());
  // Failure is reported where the keys are awaited (the pages' getStaticPaths); until then it is not unhandled.
  keys.catch(() => {});
  return keys;
}
