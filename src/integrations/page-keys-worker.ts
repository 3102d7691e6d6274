/**
 * Every page's cache key, computed on a thread of its own while the main thread starts the build and Vite bundles
 * the pages (src/lib/build/routes.ts: the same definitions the pages render from). The main thread then only
 * looks the keys up: it computes the view of a page only when it renders that page.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Archive, type ArchiveData } from '../lib/model/archive.ts';
import { routeKeys } from '../lib/build/routes.ts';
import type { SiteLocation } from '../lib/publish/citation/model.ts';

export interface PageKeysTask {
  data: ArchiveData;
  location: SiteLocation;
}

export type PageKeysResult = { ok: true; keys: Map<string, string> } | { ok: false; error: string };

if (parentPort && workerData) {
  const { data, location } = workerData as PageKeysTask;
  let result: PageKeysResult;
  try {
    result = { ok: true, keys: routeKeys(new Archive(data), location) };
  } catch (err) {
    result = { ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort.postMessage(result);
}
