import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catchUp, listFolder, outputFolders, recoverOutput, swapOutput } from '../../src/integrations/output-swap.ts';

function site(dir: string, files: Record<string, string>) {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}
const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

describe('changing the output folder for a complete build (출력 폴더 교체)', () => {
  const folders = () => outputFolders(join(mkdtempSync(join(tmpdir(), 'archive-swap-')), 'dist'));

  it('builds beside the output folder, under a hidden name in the same parent', () => {
    const f = outputFolders('/srv/site/dist');
    expect(f).toEqual({ published: '/srv/site/dist', building: '/srv/site/.dist.next', previous: '/srv/site/.dist.old' });
  });

  it('makes the built folder the published one and the published one the next build’s', () => {
    const f = folders();
    site(f.published, { 'index.html': 'old' });
    site(f.building, { 'index.html': 'new' });
    expect(swapOutput(f)).toBe(true);
    expect(read(f.published, 'index.html')).toBe('new');
    expect(read(f.building, 'index.html')).toBe('old');
    expect(existsSync(f.previous)).toBe(false);
  });

  it('publishes a first build, with nothing to keep', () => {
    const f = folders();
    site(f.building, { 'index.html': 'first' });
    expect(swapOutput(f)).toBe(true);
    expect(read(f.published, 'index.html')).toBe('first');
    expect(existsSync(f.building)).toBe(false);
  });

  it('puts back a published folder a swap interrupted between its renames, and removes a left-over one', () => {
    const f = folders();
    site(f.previous, { 'index.html': 'published' });
    recoverOutput(f);
    expect(read(f.published, 'index.html')).toBe('published');
    expect(existsSync(f.previous)).toBe(false);
    site(f.previous, { 'index.html': 'left over' });
    recoverOutput(f);
    expect(read(f.published, 'index.html')).toBe('published');
    expect(existsSync(f.previous)).toBe(false);
  });

  it('brings a copy up to date by copying what changed and removing what went', () => {
    const f = folders();
    site(f.published, { 'a/index.html': 'a2', 'b/index.html': 'b', 'c/index.html': 'c' });
    site(f.building, { 'a/index.html': 'a1', 'b/index.html': 'b', 'd/index.html': 'd' });
    const listing = catchUp(f.building, listFolder(f.building), f.published, listFolder(f.published), ['a/index.html', 'c/index.html']);
    expect([...listing.keys()].sort()).toEqual(['a/index.html', 'b/index.html', 'c/index.html']);
    expect(listing).toEqual(listFolder(f.building));
    expect(read(f.building, 'a/index.html')).toBe('a2');
    expect(read(f.building, 'c/index.html')).toBe('c');
    expect(existsSync(join(f.building, 'd'))).toBe(false);
  });
});
