import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../support/fixtures.ts';

export interface BuildResult {
  outDir: string;
  status: number | null;
  output: string;
}

/** Runs the real `astro build` (the one `npm run build` runs) into a fresh temporary folder. */
export function buildSite(options: { base?: string; contentDir?: string } = {}): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'archive-build-'));
  const outDir = join(work, 'dist');
  // Vitest exposes import.meta.env through process.env (BASE_URL, MODE, …); a child build must not inherit it.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(?:VITEST.*|VITE_.*|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST)$/.test(key)),
  );
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    ARCHIVE_OUT_DIR: outDir,
    ARCHIVE_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  if (options.base) env.BASE_PATH = options.base;
  else delete env.BASE_PATH;
  if (options.contentDir) env.ARCHIVE_CONTENT_DIR = options.contentDir;
  else delete env.ARCHIVE_CONTENT_DIR;
  // process.execPath is the project's pinned Node (vitest runs under it via npm scripts).
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: ROOT, env, encoding: 'utf8' });
  return { outDir, status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
