/**
 * Keeps the last build's output where it is. Astro's incremental build copies every unchanged page back from
 * its cache into an emptied output folder: at 10,000 documents that is 60,000 files deleted and copied again
 * for nothing, most of a rebuild. When the output folder is exactly the one the last complete build of this
 * cache left, it is not emptied: Astro leaves an unchanged page in place, and afterwards the pages no longer
 * built (a deleted document) and old asset files are removed here, so the folder ends as a clean build leaves it.
 *
 * "Exactly the one": the cache records, when a build completes, the output folder's path and identity and its
 * `_headers` file's identity (written last). A folder that was replaced, edited by hand into another build, or
 * left by an interrupted build (its `_headers` is removed first thing) does not match, and is emptied as usual.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const RECORD = 'archive-output.json';
/** Written last by every build (src/integrations/security-headers.ts): its identity marks a complete build. */
const LAST_FILE = '_headers';

interface OutputRecord {
  outDir: string;
  /** Device and inode of the folder, and of its `_headers` file with that file's modification time. */
  folder: string;
  last: string;
  /** Every page and endpoint file the build wrote or kept, relative to the folder. */
  files: string[];
  /** What the sitemap is made from besides the files (sitemapKey). */
  sitemap?: string;
  /** Of those files, how many the build wrote (rendered, or copied back from the cache), and how many it kept. */
  written?: number;
  kept?: number;
}

const identity = (path: string) => {
  const st = statSync(path);
  return `${st.dev}:${st.ino}:${st.mtimeMs}`;
};
const folderIdentity = (path: string) => {
  const st = statSync(path);
  return `${st.dev}:${st.ino}`;
};

function readRecord(cacheDir: string): OutputRecord | undefined {
  try {
    return JSON.parse(readFileSync(join(cacheDir, RECORD), 'utf8')) as OutputRecord;
  } catch {
    return undefined;
  }
}

/**
 * Whether the output folder may be kept: it is the one the last complete build with this cache left. When it
 * may, its completion mark is removed at once, so that a build interrupted from here on is not trusted.
 */
export function keepOutput(outDir: string, cacheDir: string): boolean {
  const record = readRecord(cacheDir);
  try {
    const kept =
      !!record && record.outDir === realpathSync(outDir) && record.folder === folderIdentity(outDir) && record.last === identity(join(outDir, LAST_FILE));
    if (kept) rmSync(join(outDir, LAST_FILE));
    return kept;
  } catch {
    return false;
  }
}

/** Removes empty folders from `dir` up to (not including) `root`. */
function removeEmptyParents(dir: string, root: string): void {
  while (dir.startsWith(root + sep) && dir !== root) {
    try {
      if (readdirSync(dir).length > 0) return;
      rmdirSync(dir);
    } catch {
      return;
    }
    dir = dirname(dir);
  }
}

/** The file system's clock (file times may differ from the process's clock): the time of a file written now. */
export function fileClock(dir: string): number {
  const probe = join(dir, `.clock-${process.pid}`);
  writeFileSync(probe, '');
  const now = statSync(probe).mtimeMs;
  rmSync(probe);
  return now;
}

/**
 * After the pages of a build that kept the folder: removes the page files the last build wrote and this one did
 * not (deleted documents, people, filter values), and asset files older than this build (`startedMs`, by
 * fileClock), which Vite did not write this time.
 */
export function pruneOutput(outDir: string, cacheDir: string, current: readonly string[], startedMs: number): number {
  const previous = readRecord(cacheDir)?.files ?? [];
  const keep = new Set(current);
  let removed = 0;
  for (const file of previous) {
    if (keep.has(file)) continue;
    const path = join(outDir, file);
    if (!existsSync(path)) continue;
    rmSync(path);
    removed++;
    removeEmptyParents(dirname(path), outDir);
  }
  // Vite writes every asset of a build anew (new names when their content changed): older ones are stale.
  const assets = join(outDir, '_astro');
  if (existsSync(assets)) {
    for (const name of readdirSync(assets)) {
      const path = join(assets, name);
      if (statSync(path).isFile() && statSync(path).mtimeMs < startedMs) {
        rmSync(path);
        removed++;
      }
    }
  }
  return removed;
}

/**
 * What the sitemap says besides which pages exist: the site's address and base, and the code and packages that
 * write it.
 */
export function sitemapKey(root: string, site: string, base: string): string {
  const hash = createHash('sha256').update(`${site}\n${base}\n`);
  for (const file of ['src/integrations/sitemap.ts', 'src/lib/publish/seo.ts', 'package-lock.json']) {
    const path = join(root, file);
    hash.update(existsSync(path) ? readFileSync(path) : file);
  }
  return hash.digest('hex');
}

/**
 * Whether the sitemap in a kept folder is still right: the build wrote the same page and endpoint files as the
 * build before it, with the same sitemapKey.
 */
export function sameSitemap(outDir: string, cacheDir: string, files: readonly string[], key: string): boolean {
  const previous = readRecord(cacheDir);
  if (!previous || previous.sitemap !== key || previous.files.length !== files.length) return false;
  const sorted = [...files].sort();
  return previous.files.every((f, i) => f === sorted[i]) && existsSync(join(outDir, 'sitemap-index.xml'));
}

/** The page and endpoint files of a build, from the `assets` Astro gives `astro:build:done`, relative to the folder. */
export function builtFiles(outDir: string, assets: Map<string, URL[]>): string[] {
  return [...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url)));
}

/** Records the completed build's output folder, once its last file is written. */
export function recordOutput(
  outDir: string,
  cacheDir: string,
  files: readonly string[],
  sitemap: string,
  startedMs: number,
): { written: number; kept: number } {
  // A file this build wrote is newer than its start; one left in place is older.
  const written = files.filter((f) => statSync(join(outDir, f)).mtimeMs >= startedMs).length;
  const record: OutputRecord = {
    outDir: realpathSync(outDir),
    folder: folderIdentity(outDir),
    last: identity(join(outDir, LAST_FILE)),
    files: [...files].sort(),
    sitemap,
    written,
    kept: files.length - written,
  };
  writeFileSync(join(cacheDir, RECORD), JSON.stringify(record));
  return { written, kept: files.length - written };
}

/** What the last build wrote and kept, as it recorded it in the cache folder (for the benchmark and the tests). */
export function lastBuildCounts(cacheDir: string): { written: number; kept: number } | undefined {
  const record = readRecord(cacheDir);
  return record?.written === undefined ? undefined : { written: record.written, kept: record.kept ?? 0 };
}
