import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { lastBuildCounts } from '../../integrations/output-in-place.ts';
import { SEARCH_INDEX_SUMMARY, type IndexSummary } from '../../integrations/search-index-summary.ts';

/** The project's root folder. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '../../..');

export interface BuildOptions {
  /** Folder holding astro.config.mjs (the project, or the benchmark's bare baseline). */
  root?: string;
  base?: string;
  contentDir?: string;
  outDir?: string;
  cacheDir?: string;
  /** Extra environment. */
  env?: Record<string, string>;
  /** Record the build's stage times and peak memory into this JSON file (the benchmark's BuildTimings). */
  timings?: string;
  /** Extra Node flags, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  /** Kills the build (SIGKILL, as a crash or a cancelled CI job would) once its output so far satisfies this. */
  killWhen?: (output: string) => boolean;
}

export interface BuildResult {
  outDir: string;
  cacheDir: string;
  status: number | null;
  output: string;
  /** Wall-clock milliseconds from spawn to exit. */
  ms: number;
}

// Vitest exposes import.meta.env through process.env (BASE_URL, MODE, …); a child build must not inherit it.
const LEAKY = /^(?:VITEST.*|VITE_.*|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST)$/;

/** Runs the real `astro build` (what `npm run build` runs) in a child process, by default into a fresh temporary folder. */
export function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const work = options.outDir && options.cacheDir ? '' : mkdtempSync(join(tmpdir(), 'archive-build-'));
  const outDir = options.outDir ?? join(work, 'dist');
  const cacheDir = options.cacheDir ?? join(work, 'cache');
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !LEAKY.test(key))),
    ARCHIVE_OUT_DIR: outDir,
    ARCHIVE_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...options.env,
  };
  if (options.base) env.BASE_PATH = options.base;
  else delete env.BASE_PATH;
  const root = options.root ?? PROJECT_ROOT;
  // Relative to the project, as `npm run build` reads it (the build itself runs elsewhere, below).
  env.ARCHIVE_CONTENT_DIR = resolve(root, options.contentDir ?? 'content');
  const config = options.timings ? ['--config', relative(root, timedConfig(root, options.timings))] : [];
  // Astro prerenders into `.prerender/` of the output folder when that folder is inside the working folder, and
  // into the working folder's own `.astro/.prerender/` otherwise, where two builds at once would overwrite each
  // other. So each build runs in its output folder's parent, with a link to the project's packages there (the
  // prerendered chunks import them).
  const cwd = dirname(resolve(outDir));
  mkdirSync(cwd, { recursive: true });
  if (!existsSync(join(cwd, 'node_modules'))) symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(cwd, 'node_modules'), 'dir');
  const started = performance.now();
  // process.execPath is the project's pinned Node: npm scripts run everything under it.
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, ...config],
    {
      cwd,
      env,
    },
  );
  let output = '';
  const take = (chunk: Buffer) => {
    output += chunk;
    if (options.killWhen?.(output) && child.exitCode === null) child.kill('SIGKILL');
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ outDir, cacheDir, status, output, ms: performance.now() - started }));
  });
}

/**
 * A config beside the timings file that is the root's own config with the benchmark's timing integrations
 * around its integrations, so that the product's config knows nothing of the benchmark.
 */
function timedConfig(root: string, timings: string): string {
  const file = `${timings}.astro.config.mjs`;
  const imports = (path: string) => JSON.stringify(join(path));
  writeFileSync(
    file,
    `import config from ${imports(join(root, 'astro.config.mjs'))};
import { benchTimings } from ${imports(join(PROJECT_ROOT, 'src/dev/bench/timings-integration.ts'))};

const timings = benchTimings(${JSON.stringify(timings)});
export default { ...config, integrations: [timings.first, ...(config.integrations ?? []), timings.last] };
`,
  );
  return file;
}

export interface RenderCounts {
  /** Page and endpoint files the build wrote: rendered, or copied back from the incremental cache. */
  written: number;
  /** Files it left in place, unchanged since the build before. */
  kept: number;
}

/**
 * What a build wrote and what it left in place, as the archive integration records it in the cache folder
 * (Astro's own log of each file cannot be relied on: a process that exits drops what it had not yet written
 * to a pipe).
 */
export function renderCounts(result: BuildResult): RenderCounts {
  const counts = lastBuildCounts(result.cacheDir);
  if (!counts) throw new Error(`no build record in ${result.cacheDir}: did the build finish?`);
  return counts;
}

/** How many of the search index's shards the build made again, of how many (recorded in the cache folder). */
export function searchShards(result: BuildResult): { made: number; total: number } {
  const file = join(result.cacheDir, 'search-index', SEARCH_INDEX_SUMMARY);
  return (JSON.parse(readFileSync(file, 'utf8')) as IndexSummary).shards;
}
