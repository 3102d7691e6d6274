import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * One temporary folder per test run, under the system's, for everything the tests make there (builds,
 * generated archives, browser profiles): the test processes inherit it as TMPDIR, and it is removed when the
 * run ends, so that running the tests again and again does not fill the disk (a build is 3–40 MB).
 */
export default function setup(): () => void {
  const outer = process.env.TMPDIR;
  const system = tmpdir();
  const folder = mkdtempSync(join(system, 'archive-tests-'));
  process.env.TMPDIR = folder;
  // Node's compile cache (which Astro turns on) goes where it would go without this folder: it is shared between
  // runs on purpose, and a process ending after the run would otherwise write it into the removed folder again.
  const compileCache = process.env.NODE_COMPILE_CACHE;
  process.env.NODE_COMPILE_CACHE ??= join(system, 'node-compile-cache');
  return () => {
    rmSync(folder, { recursive: true, force: true });
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    if (compileCache === undefined) delete process.env.NODE_COMPILE_CACHE;
  };
}
