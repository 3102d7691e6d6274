import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { generateArchive } from '../../src/dev/bench/generate.ts';
import { buildSite } from '../../src/dev/tools/astro-build.ts';
import { listFiles } from '../support/files.ts';

describe('a synthetic (benchmark) archive', () => {
  it('says on every page, in both languages, that its data is synthetic', async () => {
    const content = mkdtempSync(join(tmpdir(), 'synthetic-'));
    generateArchive({ n: 12, seed: 3, outDir: content });
    const built = await buildSite({ contentDir: content });
    expect(built.status, built.output).toBe(0);
    const pages = listFiles(built.outDir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    for (const page of pages) expect(readFileSync(join(built.outDir, page), 'utf8'), page).toContain('data-synthetic');
    expect(readFileSync(join(built.outDir, 'en/index.html'), 'utf8')).toContain('Synthetic data');
    expect(readFileSync(join(built.outDir, 'ko/index.html'), 'utf8')).toContain('합성 데이터');
  });

  it('and the real archive says nothing of the kind', () => {
    const dist = inject('distDir');
    for (const page of listFiles(dist).filter((f) => f.endsWith('.html'))) expect(readFileSync(join(dist, page), 'utf8')).not.toContain('data-synthetic');
  });
});
