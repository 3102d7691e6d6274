/**
 * The output folder is replaced whole at the end of a build, never written in place: a build writes into a
 * folder beside it (`.dist.next` beside `dist`), and only when every file is there (pages, search index,
 * sitemap, `_headers`) do the two folders change places. A build interrupted at any point leaves `dist/` as the
 * last complete build left it, and a deploy never ships a site without its search or its headers.
 *
 * So that a rebuild need not write 60,000 unchanged files, the folder that was published goes on as the next
 * build's folder: once the new one is published, the old one is given what this build changed (copied) and loses
 * what this build removed, and so it is again a copy of the published site for the next build to work in.
 */
import { copyFileSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';

/** A folder's files, relative path → identity (inode, change time, size): any write or replacement changes it. */
export type Listing = Map<string, string>;

/** The three places of an output folder: published, being built (then spare), and the old one during a swap. */
export interface OutputFolders {
  published: string;
  building: string;
  previous: string;
}

/** Beside the output folder, in the same parent, so that the swap is a rename on one file system. */
export function outputFolders(published: string): OutputFolders {
  const parent = dirname(published);
  const name = basename(published);
  return { published, building: join(parent, `.${name}.next`), previous: join(parent, `.${name}.old`) };
}

const identityOf = (path: string): string => {
  const st = lstatSync(path);
  return `${st.ino}:${st.ctimeMs}:${st.size}`;
};

/** Every file below `dir` with its identity (links are not followed: the build writes none). */
export function listFolder(dir: string): Listing {
  const listing: Listing = new Map();
  const visit = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const rel = prefix + entry.name;
      if (entry.isDirectory()) visit(path, `${rel}/`);
      else listing.set(rel, identityOf(path));
    }
  };
  if (existsSync(dir)) visit(dir, '');
  return listing;
}

/**
 * A swap interrupted between its two renames leaves no published folder and the old one under its spare name:
 * it is put back before a build starts. A spare old folder beside a published one is left over and removed.
 */
export function recoverOutput(folders: OutputFolders): void {
  if (!existsSync(folders.previous)) return;
  if (!existsSync(folders.published)) renameSync(folders.previous, folders.published);
  else rmSync(folders.previous, { recursive: true, force: true });
}

/** Codes for which a folder cannot be renamed into place: another file system, a mount point, a busy folder. */
const CANNOT_RENAME = new Set(['EXDEV', 'EBUSY', 'EPERM', 'EACCES', 'ENOTEMPTY', 'EEXIST']);

/**
 * Puts the built folder in the published folder's place; the published folder, if there was one, becomes the
 * building folder. Returns false when the folders could not change places (the output folder is a mount point,
 * or on another file system than its parent): then the published folder's contents are replaced by a copy of
 * the built folder's, as late as possible, and the built folder stays where it is, identical to the published.
 */
export function swapOutput(folders: OutputFolders): boolean {
  const { published, building, previous } = folders;
  rmSync(previous, { recursive: true, force: true });
  const hadPublished = existsSync(published);
  try {
    if (hadPublished) renameSync(published, previous);
    try {
      renameSync(building, published);
    } catch (err) {
      if (hadPublished) renameSync(previous, published);
      throw err;
    }
  } catch (err) {
    if (!CANNOT_RENAME.has((err as NodeJS.ErrnoException).code ?? '')) throw err;
    mkdirSync(published, { recursive: true });
    for (const name of readdirSync(published)) rmSync(join(published, name), { recursive: true, force: true });
    cpSync(building, published, { recursive: true });
    return false;
  }
  if (hadPublished) renameSync(previous, building);
  return true;
}

/** Removes empty folders from `dir` up to (not including) `root`. */
export function removeEmptyParents(dir: string, root: string): void {
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

/**
 * Makes `spare` (which holds what `spareListing` lists) a copy of `source` (whose files are `sourceListing`),
 * copying only the files in `changed` and removing those `source` no longer has. Returns the spare folder's
 * listing afterwards.
 */
export function catchUp(spare: string, spareListing: Listing, source: string, sourceListing: Listing, changed: Iterable<string>): Listing {
  const listing: Listing = new Map();
  for (const [file, id] of spareListing) {
    if (sourceListing.has(file)) listing.set(file, id);
    else {
      rmSync(join(spare, file), { force: true });
      removeEmptyParents(dirname(join(spare, file)), spare);
    }
  }
  for (const file of changed) {
    const target = join(spare, file);
    mkdirSync(dirname(target), { recursive: true });
    // A folder where the new build has a file (or the other way round, handled above) is replaced.
    if (existsSync(target) && lstatSync(target).isDirectory()) rmSync(target, { recursive: true });
    copyFileSync(join(source, file), target);
    listing.set(file, identityOf(target));
  }
  return listing;
}

/** Makes `spare` a full copy of `source` (no trusted listing of what it held). */
export function copyWhole(spare: string, source: string): Listing {
  rmSync(spare, { recursive: true, force: true });
  cpSync(source, spare, { recursive: true });
  return listFolder(spare);
}
