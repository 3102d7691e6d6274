/**
 * Keeps the last build's output to build in. Astro's incremental build copies every unchanged page back from its
 * cache into an emptied output folder: at 10,000 documents that is 60,000 files deleted and copied again for
 * nothing, most of a rebuild. A build works in the folder beside the published one (src/integrations/output-swap.ts),
 * and when that folder is exactly the copy of the published site the last complete build left, it is not emptied:
 * Astro leaves an unchanged page in place, and afterwards the pages no longer built (a deleted document) and old
 * asset files are removed here, so the folder ends as a clean build leaves it.
 *
 * "Exactly": the cache records, when a build completes, each folder's path and identity, its `_headers` file's
 * identity and the identity of every file in it. A folder that was replaced, edited by hand into another build,
 * or left by an interrupted build (its `_headers` is removed first thing) does not match, and is emptied as usual.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catchUp, copyWhole, listFolder, removeEmptyParents, swapOutput, type Listing, type OutputFolders } from './output-swap.ts';

const RECORD = 'archive-output.json';
/** Written last by every build (src/integrations/security-headers.ts): its identity marks a complete build. */
const LAST_FILE = '_headers';

/** One output folder as a complete build left it. */
interface FolderMark {
  path: string;
  /** Device and inode of the folder, and of its `_headers` file with that file's modification time. */
  folder: string;
  last: string;
  /** Every file in it with its identity (output-swap.ts, Listing). */
  listing: [string, string][];
}

interface OutputRecord {
  /** The folder at the output path, and the one beside it that the next build works in (a copy of it). */
  published: FolderMark;
  spare?: FolderMark;
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

const mark = (path: string, listing: Listing): FolderMark => ({
  path: realpathSync(path),
  folder: folderIdentity(path),
  last: identity(join(path, LAST_FILE)),
  listing: [...listing],
});

/** Whether `path` is the folder `mark` describes, as the build that recorded it left it. */
function isMarked(mark: FolderMark | undefined, path: string): boolean {
  try {
    return !!mark && mark.path === realpathSync(path) && mark.folder === folderIdentity(path) && mark.last === identity(join(path, LAST_FILE));
  } catch {
    return false;
  }
}

/**
 * Whether the folder a build works in may be kept: it is the copy of the published site that the last complete
 * build with this cache left. When it may, its completion mark is removed at once, so that a build interrupted
 * from here on is not trusted.
 */
export function keepOutput(building: string, cacheDir: string): boolean {
  const kept = isMarked(readRecord(cacheDir)?.spare, building);
  if (kept) rmSync(join(building, LAST_FILE));
  return kept;
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

/**
 * Publishes a complete build: the folder it was made in takes the published folder's place (output-swap.ts), the
 * old published folder is brought up to it to be the next build's folder, and both are recorded. `kept` says
 * whether the build worked in the recorded spare folder (keepOutput), whose listing then says what it changed.
 */
export function publishOutput(
  folders: OutputFolders,
  cacheDir: string,
  files: readonly string[],
  sitemap: string,
  kept: boolean,
  spareCopy = true,
): { written: number; kept: number; swapped: boolean } {
  const record = readRecord(cacheDir);
  const before = new Map(kept ? record?.spare?.listing : []);
  const built = listFolder(folders.building);
  const changed = [...built].filter(([file, id]) => before.get(file) !== id).map(([file]) => file);
  const changedSet = new Set(changed);
  const written = files.filter((f) => changedSet.has(f)).length;
  const old = isMarked(record?.published, folders.published) ? new Map(record!.published.listing) : undefined;
  // From here until the new record is written the folders are not as any record says.
  rmSync(join(cacheDir, RECORD), { force: true });
  const swapped = swapOutput(folders);
  let published = built;
  let spare: Listing | undefined;
  if (!swapped) {
    published = listFolder(folders.published);
    spare = built;
  } else if (old && existsSync(folders.building)) spare = catchUp(folders.building, old, folders.published, built, changed);
  else if (spareCopy) spare = copyWhole(folders.building, folders.published);
  // No copy wanted (a CI runner throws the folder away): nothing left beside the site.
  else rmSync(folders.building, { recursive: true, force: true });
  const next: OutputRecord = {
    published: mark(folders.published, published),
    ...(spare ? { spare: mark(folders.building, spare) } : {}),
    files: [...files].sort(),
    sitemap,
    written,
    kept: files.length - written,
  };
  writeFileSync(join(cacheDir, RECORD), JSON.stringify(next));
  return { written, kept: files.length - written, swapped };
}

/** What the last build wrote and kept, as it recorded it in the cache folder (for the benchmark and the tests). */
export function lastBuildCounts(cacheDir: string): { written: number; kept: number } | undefined {
  const record = readRecord(cacheDir);
  return record?.written === undefined ? undefined : { written: record.written, kept: record.kept ?? 0 };
}
