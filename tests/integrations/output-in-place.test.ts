import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileClock, keepOutput, lastBuildCounts, pruneOutput, publishOutput, sameSitemap } from '../../src/integrations/output-in-place.ts';
import { listFolder, outputFolders } from '../../src/integrations/output-swap.ts';

// A site as a complete build leaves it (pages, an asset, _headers last), published, and the cache that recorded it.
// `out` is the folder the next build works in.
function built(files: string[]) {
  const root = mkdtempSync(join(tmpdir(), 'archive-out-'));
  const folders = outputFolders(join(root, 'dist'));
  const cache = join(root, 'cache');
  mkdirSync(cache, { recursive: true });
  for (const f of [...files, '_astro/site.abc.css']) {
    mkdirSync(join(folders.building, f, '..'), { recursive: true });
    writeFileSync(join(folders.building, f), f);
  }
  writeFileSync(join(folders.building, '_headers'), '/*\n');
  publishOutput(folders, cache, files, 'sitemap-inputs', false);
  return { out: folders.building, cache, folders };
}

const contents = (dir: string) => Object.fromEntries([...listFolder(dir).keys()].sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

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

describe('publishing a complete build whole (출력 교체)', () => {
  const pages = ['ko/index.html', 'ko/documents/a/index.html', 'ko/documents/b/index.html'];

  it('puts the built site in the output folder and leaves a copy of it to build in', () => {
    const { folders } = built(pages);
    expect(Object.keys(contents(folders.published))).toEqual(['_astro/site.abc.css', '_headers', ...[...pages].sort()]);
    expect(contents(folders.building)).toEqual(contents(folders.published));
    expect(existsSync(folders.previous)).toBe(false);
  });

  it('leaves the published site as it was while a build works, and replaces it whole when the build completes', () => {
    const { folders, cache } = built(pages);
    const before = contents(folders.published);
    expect(keepOutput(folders.building, cache)).toBe(true);
    // The next build changes a page, removes one, adds one.
    writeFileSync(join(folders.building, 'ko/index.html'), 'changed');
    rmSync(join(folders.building, 'ko/documents/b'), { recursive: true });
    mkdirSync(join(folders.building, 'ko/documents/c'));
    writeFileSync(join(folders.building, 'ko/documents/c/index.html'), 'new');
    expect(contents(folders.published)).toEqual(before);
    writeFileSync(join(folders.building, '_headers'), '/*\n');
    const now = ['ko/index.html', 'ko/documents/a/index.html', 'ko/documents/c/index.html'];
    const counts = publishOutput(folders, cache, now, 'sitemap-inputs', true);
    expect(counts).toEqual({ written: 2, kept: 1, swapped: true });
    const after = contents(folders.published);
    expect(after['ko/index.html']).toBe('changed');
    expect(after['ko/documents/c/index.html']).toBe('new');
    expect(after['ko/documents/b/index.html']).toBeUndefined();
    // The old published folder, brought up to the new one, is the next build's folder, and trusted.
    expect(contents(folders.building)).toEqual(after);
    expect(existsSync(join(folders.building, 'ko/documents/b'))).toBe(false);
    expect(keepOutput(folders.building, cache)).toBe(true);
  });

  it('does not trust a published folder changed since the last build: the next build’s folder is copied whole', () => {
    const { folders, cache } = built(pages);
    rmSync(folders.published, { recursive: true });
    mkdirSync(folders.published);
    writeFileSync(join(folders.published, 'stray.html'), 'not from a build');
    writeFileSync(join(folders.published, '_headers'), '/*\n');
    expect(keepOutput(folders.building, cache)).toBe(true);
    writeFileSync(join(folders.building, '_headers'), '/*\n');
    publishOutput(folders, cache, pages, 'sitemap-inputs', true);
    expect(contents(folders.building)).toEqual(contents(folders.published));
    expect(existsSync(join(folders.building, 'stray.html'))).toBe(false);
  });

  it('leaves no copy beside the site when none is wanted (ARCHIVE_SPARE_COPY=0), and the next build starts afresh', () => {
    const root = mkdtempSync(join(tmpdir(), 'archive-out-'));
    const folders = outputFolders(join(root, 'dist'));
    const cache = join(root, 'cache');
    mkdirSync(cache);
    mkdirSync(join(folders.building, 'ko'), { recursive: true });
    writeFileSync(join(folders.building, 'ko/index.html'), 'page');
    writeFileSync(join(folders.building, '_headers'), '/*\n');
    publishOutput(folders, cache, ['ko/index.html'], 'sitemap-inputs', false, false);
    expect(contents(folders.published)).toEqual({ _headers: '/*\n', 'ko/index.html': 'page' });
    expect(existsSync(folders.building)).toBe(false);
    expect(keepOutput(folders.building, cache)).toBe(false);
  });
});
