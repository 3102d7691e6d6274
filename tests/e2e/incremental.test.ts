import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdit, EDIT_KINDS, type EditKind } from '../../src/dev/bench/edits.ts';
import { generateArchive } from '../../src/dev/bench/generate.ts';
import { prng, shuffled } from '../../src/dev/bench/vocabulary.ts';
import { checkContentFolder } from '../../src/lib/content/check-folder-fs.ts';
import { outputFolders } from '../../src/integrations/output-swap.ts';
import { buildSite, renderCounts, searchShards } from '../../src/dev/tools/astro-build.ts';
import { fingerprint } from '../support/files.ts';

// Every kind of edit at least twice, in a random order from a fixed seed: 20 edits, each followed by an
// incremental build and a clean build of the same content.
const EDITS: EditKind[] = shuffled(prng(2026), [...EDIT_KINDS, ...EDIT_KINDS]);

describe('incremental builds (증분 빌드)', () => {
  it('give the same dist/ as a clean build after each of 20 random edits, byte for byte, and render only what changed', async () => {
    const work = mkdtempSync(join(tmpdir(), 'archive-incremental-'));
    const content = join(work, 'content');
    generateArchive({ n: 30, seed: 7, outDir: content, people: 80 });
    // The search index in shards of 8 documents (about 4 per language), as a large archive's: an edit makes
    // its shard again and the others are reused, and the result must be what a clean build makes.
    const env = { ARCHIVE_SEARCH_SHARD_SIZE: '8' };
    const incremental = { contentDir: content, outDir: join(work, 'dist'), cacheDir: join(work, 'cache'), env };
    const first = await buildSite(incremental);
    expect(first.status, first.output).toBe(0);
    const pages = renderCounts(first).written;

    const rng = prng(17);
    const log: string[] = [];
    for (const [step, kind] of EDITS.entries()) {
      const what = applyEdit(content, rng, kind, step + 1);
      expect(checkContentFolder(content).problems, what).toEqual([]);
      // Now and then the output folders are gone and only the cache is left (as on a CI runner that keeps the
      // cache): the pages come back from the cache instead of staying in place. Once, only the published folder
      // is gone (deleted by hand): the build works in the copy beside it as usual.
      if (step % 7 === 6) for (const dir of Object.values(outputFolders(incremental.outDir))) rmSync(dir, { recursive: true, force: true });
      if (step === 3) rmSync(incremental.outDir, { recursive: true, force: true });
      // The clean build runs beside the incremental one: two cores, two builds.
      const [inc, clean] = await Promise.all([
        buildSite(incremental),
        buildSite({ contentDir: content, outDir: join(work, `clean-${step}`, 'dist'), cacheDir: join(work, `clean-${step}`, 'cache'), env }),
      ]);
      expect(inc.status, inc.output).toBe(0);
      expect(clean.status, clean.output).toBe(0);
      const a = fingerprint(clean.outDir);
      const b = fingerprint(inc.outDir);
      const differing = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => a[f] !== b[f]);
      expect(differing, `after edit ${step + 1} (${what})`).toEqual([]);
      const counts = renderCounts(inc);
      const shards = searchShards(inc);
      log.push(`${step + 1}. ${what}: ${counts.written} written, ${counts.kept} left in place; search shards ${shards.made} of ${shards.total} made again`);
      // One body edited: one language version's shard, nothing else of the index.
      if (kind === 'body') expect(shards, `after edit ${step + 1} (${what})`).toEqual({ made: 1, total: expect.any(Number) });
      expect(shards.total).toBeGreaterThan(4);
      // Most of the site is left as it was after any one edit (not when the output folder was gone).
      if (step % 7 !== 6) expect(counts.kept, `after edit ${step + 1} (${what})`).toBeGreaterThan(counts.written);
      rmSync(join(work, `clean-${step}`), { recursive: true, force: true });
    }
    console.log(`incremental builds of ${pages} files:\n${log.join('\n')}`);
    rmSync(work, { recursive: true, force: true });
  }, 1_800_000);
});
