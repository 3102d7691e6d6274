import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pagesIn } from '../../src/ingest/inputs.ts';

describe('the pages of a folder to import (가져올 폴더의 페이지)', () => {
  it('lists saved pages below it in order, leaves hidden files and other files out, and sets aside what it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-inputs-'));
    mkdirSync(join(dir, '2024'));
    mkdirSync(join(dir, '.cache'));
    for (const f of ['b.html', 'a.txt', '2024/c.md', '2024/d.HTM', 'notes.pdf', '.hidden.txt', '.cache/e.txt']) writeFileSync(join(dir, f), 'x');
    symlinkSync('.', join(dir, '2024/again'));
    symlinkSync('nowhere.txt', join(dir, 'ghost.txt'));
    const { pages, unreadable } = pagesIn(dir);
    expect(pages.map((p) => relative(dir, p))).toEqual(['2024/c.md', '2024/d.HTM', 'a.txt', 'b.html']);
    expect(unreadable.map((u) => [relative(dir, u.path), u.kind, u.code])).toEqual([
      ['2024/again', 'folder', 'LOOP'],
      ['ghost.txt', 'file', 'ENOENT'],
    ]);
  });
});
