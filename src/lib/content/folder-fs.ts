import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The environment variable that points the build at another content folder. */
export const CONTENT_DIR_VAR = 'ARCHIVE_CONTENT_DIR';

/** The content folder: `$ARCHIVE_CONTENT_DIR` if set, else `content/` of the project. */
export function contentDir(env: Record<string, string | undefined> = process.env, root: string = process.cwd()): string {
  const configured = env[CONTENT_DIR_VAR]?.trim();
  return resolve(root, configured || 'content');
}

/**
 * A fingerprint of a folder's files (names and bytes), or `none` when it does not exist. Astro keys its cache
 * of rendered Markdown on the config: a plugin that reads a registry puts this in its options, so that a
 * changed registry re-renders the bodies.
 */
export function folderDigest(dir: string): string {
  if (!existsSync(dir)) return 'none';
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    hash.update(name);
    hash.update(readFileSync(join(dir, name)));
  }
  return hash.digest('hex').slice(0, 16);
}
