/**
 * The saved pages in a folder an import is given: every .txt, .html/.htm and .md file below it, in order, except
 * hidden ones. A subfolder that cannot be read, or a link back into a folder already listed, is set aside with
 * the reason, so that the pages that can be read are still imported.
 */
import { basename } from 'node:path';
import { walkFiles, type Unlisted } from '../lib/content/walk-fs.ts';

const PAGE = /\.(?:txt|html?|md)$/i;

export interface PageList {
  pages: string[];
  /** Folders (and pages) that could not be listed, with the error code, or LOOP for a folder reached again. */
  unreadable: Unlisted[];
}

export function pagesIn(folder: string): PageList {
  const { files, unlisted } = walkFiles(folder, (name) => name.startsWith('.'));
  return {
    pages: files.filter((f) => PAGE.test(basename(f))),
    unreadable: unlisted.filter((u) => u.kind === 'folder' || PAGE.test(basename(u.path))),
  };
}
