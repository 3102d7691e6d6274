import { resolve } from 'node:path';

/** The environment variable that points the build at another content folder. */
export const CONTENT_DIR_VAR = 'ARCHIVE_CONTENT_DIR';

/** The content folder: `$ARCHIVE_CONTENT_DIR` if set, else `content/` of the project. */
export function contentDir(env: Record<string, string | undefined> = process.env, root: string = process.cwd()): string {
  const configured = env[CONTENT_DIR_VAR]?.trim();
  return resolve(root, configured || 'content');
}
