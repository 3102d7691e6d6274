import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileClock, keepOutput, lastBuildCounts, pruneOutput, recordOutput, sameSitemap } from '../../src/integrations/output-in-place.ts';

// A site folder as a complete build leaves it (pages, an asset, _headers last) and the cache that recorded it.
function built(files: string[]) {
  const root = mkdtempSync(join(tmpdir(), 'archive-out-'));
  const out = join(root, 'dist');
  const cache = join(root, 'cache');
  mkdirSync(cache, { recursive: true });
  const started = fileClock(cache) - 1;
  for (const f of [...files, '_astro/site.abc.css']) {
    mkdirSync(join(out, f, '..'), { recursive: true });
    writeFileSync(join(out, f), f);
  }
  writeFileSync(join(out, '_headers'), '/*\n');
  recordOutput(out, cache, files, 'sitemap-inputs', started);
  return { out, cache };
}

describe('keeping the last build’s output in place (출력 유지)', () => {
  const pages = ['ko/index.html', 'ko/documents/a/index.html', 'ko/documents/b/index.html'];

  it('keeps the folder the last complete build left, and marks it unfinished at once', () => {
    const { out, cache } = built(pages);
    expect(keepOutput(out, cache)).toBe(true);
    expect(existsSync(join(out, '_headers'))).toBe(false);
    // Interrupted from here on: the next build does not trust it.
    expect(keepOutput(out, cache)).toBe(false);
  });

  it('does not keep a folder whose last file was changed, or that was replaced, or that no build recorded', () => {
    const a = built(pages);
    writeFileSync(join(a.out, '_headers'), '/*\n  X: y\n');
    utimesSync(join(a.out, '_headers'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(keepOutput(a.out, a.cache)).toBe(false);
    const b = built(pages);
    rmSync(b.out, { recursive: true });
    mkdirSync(b.out);
    writeFileSync(join(b.out, '_headers'), '/*\n');
    expect(keepOutput(b.out, b.cache)).toBe(false);
    const c = built(pages);
    rmSync(join(c.cache, 'archive-output.json'));
    expect(keepOutput(c.out, c.cache)).toBe(false);
  });

  it('removes the pages this build did not write and the assets it did not write, and nothing else', () => {
    const { out, cache } = built(pages);
    // The last build's asset is older than this build, which writes a new one.
    utimesSync(join(out, '_astro/site.abc.css'), new Date(2001, 1, 1), new Date(2001, 1, 1));
    const started = fileClock(cache);
    writeFileSync(join(out, '_astro/site.def.css'), 'new');
    const removed = pruneOutput(out, cache, ['ko/index.html', 'ko/documents/a/index.html'], started);
    expect(removed).toBe(2);
    expect(existsSync(join(out, 'ko/documents/b'))).toBe(false);
    expect(existsSync(join(out, 'ko/documents/a/index.html'))).toBe(true);
    expect(existsSync(join(out, '_astro/site.abc.css'))).toBe(false);
    expect(existsSync(join(out, '_astro/site.def.css'))).toBe(true);
  });

  it('knows when the sitemap is still right: the same files and the same inputs', () => {
    const { out, cache } = built(pages);
    writeFileSync(join(out, 'sitemap-index.xml'), '<sitemapindex/>');
    expect(sameSitemap(out, cache, [...pages].reverse(), 'sitemap-inputs')).toBe(true);
    expect(sameSitemap(out, cache, pages.slice(1), 'sitemap-inputs')).toBe(false);
    expect(sameSitemap(out, cache, pages, 'other site or base')).toBe(false);
  });

  it('records how many files a build wrote and how many it left in place', () => {
    const { cache } = built(pages);
    expect(lastBuildCounts(cache)).toEqual({ written: 3, kept: 0 });
  });
});
