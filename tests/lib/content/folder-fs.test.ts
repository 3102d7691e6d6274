import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderDigest } from '../../../src/lib/content/folder-fs.ts';

describe('folderDigest (registry fingerprint for the Markdown cache)', () => {
  it('changes when a file changes or is added, not otherwise; a missing folder is "none"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-digest-'));
    writeFileSync(join(dir, 'a.yaml'), 'id: a\n');
    const first = folderDigest(dir);
    expect(folderDigest(dir)).toBe(first);
    writeFileSync(join(dir, 'a.yaml'), 'id: a\nvariants: { ko: [가], en: [] }\n');
    const second = folderDigest(dir);
    expect(second).not.toBe(first);
    writeFileSync(join(dir, 'b.yaml'), 'id: b\n');
    expect(folderDigest(dir)).not.toBe(second);
    expect(folderDigest(join(dir, 'missing'))).toBe('none');
  });
});
