import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ArchiveData } from '../lib/model/archive.ts';
import type { SiteLocation } from '../lib/publish/citation/model.ts';
import type { PageKeysResult, PageKeysTask } from './page-keys-worker.ts';

/** Starts computing every page's cache key on a worker thread (src/integrations/page-keys-worker.ts). */
export function startPageKeys(data: ArchiveData, location: SiteLocation, root: URL, cacheDir: URL): Promise<Map<string, string>> {
  const task: PageKeysTask = {
    data,
    location: { site: location.site ? String(location.site) : undefined, base: location.base },
    memoryFile: join(fileURLToPath(cacheDir), 'page-keys-names.json'),
  };
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
