// `npm ci` installs exactly the committed lock file, and refuses one that lacks what a package.json asks for.
// A lock written on one machine can leave out the native bindings of other platforms (npm prunes optional
// dependencies it did not install): a macOS or Windows clone then resolves other versions than CI does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/dev/tools/astro-build.ts';

interface LockedPackage {
  version?: string;
  optionalDependencies?: Record<string, string>;
  os?: string[];
  cpu?: string[];
}

const lock: { lockfileVersion: number; packages: Record<string, LockedPackage> } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package-lock.json'), 'utf8'));

/** Where npm would look for a dependency of the package at `from`: its own node_modules, then each parent's. */
function resolved(from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const at = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[at]) return at;
    if (!dir) return undefined;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

describe('the lock file (package-lock.json)', () => {
  it('lists every optional dependency of every package, for every platform', () => {
    const missing: string[] = [];
    for (const [path, pkg] of Object.entries(lock.packages)) {
      for (const name of Object.keys(pkg.optionalDependencies ?? {})) if (!resolved(path, name)) missing.push(`${path || '(root)'} → ${name}`);
    }
    expect(missing).toEqual([]);
  });

  it('holds the native bindings of macOS, Windows and Linux for the packages that have them', () => {
    const names = Object.keys(lock.packages);
    for (const platform of ['darwin-arm64', 'darwin-x64', 'win32-x64', 'linux-x64']) {
      expect(
        names.some((n) => n.startsWith('node_modules/@astrojs/compiler-binding-') && n.includes(platform)),
        `@astrojs/compiler-binding for ${platform}`,
      ).toBe(true);
      expect(
        names.some((n) => n.startsWith('node_modules/@esbuild/') && n.endsWith(platform)),
        `esbuild for ${platform}`,
      ).toBe(true);
      // Pagefind names Windows `windows`, not `win32`.
      expect(
        names.some((n) => n.startsWith('node_modules/@pagefind/') && n.endsWith(platform.replace('win32', 'windows'))),
        `pagefind for ${platform}`,
      ).toBe(true);
    }
  });

  it('is what CI installs from, with npm ci', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
    expect(readFileSync(join(PROJECT_ROOT, '.ci/run'), 'utf8')).toMatch(/^npm ci\b/m);
  });
});
