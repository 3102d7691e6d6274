import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prng } from '../../../src/dev/bench/vocabulary.ts';
import { checkContentFolder } from '../../../src/lib/content/check-folder-fs.ts';
import { VALID_FIXTURE } from '../../support/fixtures.ts';
import { MUTATION_KINDS, mutate, readFolder, writeFolder } from '../../support/mutations.ts';

const RUNS = 600;

describe('the content check over generated mutations (변형된 콘텐츠 검사)', () => {
  it(`never throws on ${RUNS} mutations of a valid folder, and every problem names a file, a field and a fix`, () => {
    const valid = readFolder(VALID_FIXTURE);
    const rng = prng(16);
    const seen = { rejected: 0, accepted: 0 };
    const byKind = Object.fromEntries(MUTATION_KINDS.map((k) => [k, { rejected: 0, accepted: 0 }]));
    for (let run = 0; run < RUNS; run++) {
      const kind = MUTATION_KINDS[run % MUTATION_KINDS.length]!;
      // One or two mutations on top of each other.
      let m = mutate(rng, valid, kind);
      if (rng() < 0.3) {
        const second = mutate(rng, m.files);
        m = { files: second.files, what: `${m.what}; then ${second.what}` };
      }
      const dir = writeFolder(m.files);
      let result: ReturnType<typeof checkContentFolder>;
      try {
        result = checkContentFolder(dir);
      } catch (err) {
        throw new Error(`the check threw on ${m.what}: ${(err as Error).stack}`);
      }
      for (const p of result.problems) {
        expect(resolve(p.file).startsWith(`${dir}/`) || resolve(p.file) === dir, `${m.what}: ${p.file}`).toBe(true);
        expect(p.field, m.what).not.toBe('');
        expect(p.message, m.what).toMatch(/\S/);
        expect(p.message, m.what).not.toMatch(/\bundefined\b|\[object Object\]|\n\s+at /);
      }
      // Nothing accepted is lost: every document file that passed is a version in the data.
      if (result.problems.length === 0) {
        const versions = [...m.files.keys()].filter((f) => /^documents\/[^/.][^/]*\.(?:ko|en)\.md$/.test(f)).length;
        expect(result.data.documents.length, m.what).toBe(versions);
      }
      const verdict = result.problems.length ? 'rejected' : 'accepted';
      seen[verdict]++;
      byKind[kind]![verdict]++;
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`content check over ${RUNS} mutations: ${seen.rejected} rejected, ${seen.accepted} accepted — ${JSON.stringify(byKind)}`);
    // The mutations are real: most break the folder, and each kind of breakage is caught.
    expect(seen.rejected).toBeGreaterThan(RUNS / 2);
    for (const kind of ['badDate', 'badUrl', 'encoding', 'danglingId', 'duplicate']) expect(byKind[kind]!.rejected, kind).toBeGreaterThan(0);
  });
});
