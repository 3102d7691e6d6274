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
import { readFileSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { rememberBodyNames } from '../lib/browse/document.ts';
import { routeKeys, type RouteName } from '../lib/build/routes.ts';
import { Archive, type ArchiveData } from '../lib/model/archive.ts';
import type { RunsMemory } from '../lib/names/matcher.ts';
import type { SiteLocation } from '../lib/publish/citation/model.ts';
import type { Lang } from '../schemas/langs.ts';

export interface PageKeysTask {
  data: ArchiveData;
  location: SiteLocation;
  /** The routes whose pages' keys this thread computes. */
  routes: RouteName[];
  /** The file the bodies' name dependencies are remembered in (`<cacheDir>/page-keys-names.json`), for the articles. */
  memoryFile?: string;
}

export type PageKeysResult = { ok: true; keys: Map<string, string> } | { ok: false; error: string };

interface SavedRuns {
  /** The people registry and the matcher's code the runs were found with. */
  basis: string;
  runs: Record<string, string[]>;
}

/** Runs remembered by the SHA-256 of the language and the body; only this build's are kept. */
function runsMemory(file: string, basis: string): { memory: (lang: Lang) => RunsMemory; save: () => void } {
  let before: Record<string, string[]> = {};
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedRuns;
    if (saved.basis === basis) before = saved.runs;
  } catch {
    // Nothing remembered yet, or unreadable: every body is scanned.
  }
  const now: Record<string, string[]> = {};
  const keyOf = (lang: Lang, text: string) => createHash('sha256').update(lang).update('\0').update(text).digest('base64url');
  return {
    memory: (lang) => ({
      get: (text) => {
        const key = keyOf(lang, text);
        return before[key] && (now[key] = before[key]);
      },
      set: (text, runs) => void (now[keyOf(lang, text)] = runs),
    }),
    save: () => writeFileSync(file, JSON.stringify({ basis, runs: now } satisfies SavedRuns)),
  };
}

if (parentPort && workerData) {
  const { data, location, routes, memoryFile } = workerData as PageKeysTask;
  let result: PageKeysResult;
  try {
    const archive = new Archive(data);
    let save = () => {};
    if (memoryFile) {
      const matcherCode = readFileSync(new URL('../lib/names/matcher.ts', import.meta.url));
      const basis = createHash('sha256').update(matcherCode).update(JSON.stringify(data.people)).digest('hex');
      const runs = runsMemory(memoryFile, basis);
      rememberBodyNames(archive, runs.memory);
      save = runs.save;
    }
    result = { ok: true, keys: routeKeys(archive, location, routes) };
    save();
  } catch (err) {
    result = { ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort.postMessage(result);
}
