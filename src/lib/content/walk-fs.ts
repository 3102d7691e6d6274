import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A path a walk could not go into or look at: its error code (EACCES, ELOOP, ENOENT …), or LOOP for a folder reached again through a link. */
export interface Unlisted {
  path: string;
  kind: 'file' | 'folder';
  code: string;
}

/**
 * Every file below `dir`, in order, leaving out the names `skip` says. Links are followed, each folder once; what
 * cannot be listed or looked at is set aside in `unlisted`, so that one bad path never stops the walk (the content
 * check and the importer's folder listing both walk with this).
 */
export function walkFiles(dir: string, skip: (name: string) => boolean): { files: string[]; unlisted: Unlisted[] } {
  const files: string[] = [];
  const unlisted: Unlisted[] = [];
  const seen = new Set<string>();
  const codeOf = (err: unknown) => (err as NodeJS.ErrnoException).code ?? 'ERROR';
  const visit = (folder: string) => {
    let names: string[];
    try {
      const real = realpathSync(folder);
      if (seen.has(real)) {
        unlisted.push({ path: folder, kind: 'folder', code: 'LOOP' });
        return;
      }
      seen.add(real);
      names = readdirSync(folder).sort();
    } catch (err) {
      unlisted.push({ path: folder, kind: 'folder', code: codeOf(err) });
      return;
    }
    for (const name of names) {
      if (skip(name)) continue;
      const path = join(folder, name);
      let isFolder: boolean;
      try {
        isFolder = statSync(path).isDirectory();
      } catch (err) {
        unlisted.push({ path, kind: 'file', code: codeOf(err) });
        continue;
      }
      if (isFolder) visit(path);
      else files.push(path);
    }
  };
  visit(dir);
  return { files, unlisted };
}
