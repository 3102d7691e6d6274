/**
 * The saved pages in a folder an import is given: every .txt, .html/.htm and .md file below it, in order, except
 * hidden ones. A subfolder that cannot be read, or a link back into a folder already listed, is set aside with
 * the reason, so that the pages that can be read are still imported.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

const PAGE = /\.(?:txt|html?|md)$/i;

export interface PageList {
  pages: string[];
  /** Paths that could not be listed, with the error code (EACCES, ELOOP …) or LOOP for a folder reached again. */
  unreadable: { path: string; kind: 'file' | 'folder'; code: string }[];
}

export function pagesIn(folder: string): PageList {
  const list: PageList = { pages: [], unreadable: [] };
  const seen = new Set<string>();
  const visit = (dir: string) => {
    let names: string[];
    try {
      const real = realpathSync(dir);
      if (seen.has(real)) {
        list.unreadable.push({ path: dir, kind: 'folder', code: 'LOOP' });
        return;
      }
      seen.add(real);
      names = readdirSync(dir).sort();
    } catch (err) {
      list.unreadable.push({ path: dir, kind: 'folder', code: (err as NodeJS.ErrnoException).code ?? 'ERROR' });
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      let folder: boolean;
      try {
        folder = statSync(path).isDirectory();
      } catch (err) {
        if (PAGE.test(name)) list.unreadable.push({ path, kind: 'file', code: (err as NodeJS.ErrnoException).code ?? 'ERROR' });
        continue;
      }
      if (folder) visit(path);
      else if (PAGE.test(name)) list.pages.push(path);
    }
  };
  visit(folder);
  return list;
}
