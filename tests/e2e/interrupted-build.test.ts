import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/dev/bench/edits.ts';
import { generateArchive } from '../../src/dev/bench/generate.ts';
import { prng } from '../../src/dev/bench/vocabulary.ts';
import { buildSite } from '../../src/dev/tools/astro-build.ts';
import { fingerprint } from '../support/files.ts';

// Where a build is killed (SIGKILL: a crash, a cancelled job, a machine out of memory), by what it has printed.
const KILL_POINTS: [string, RegExp][] = [
  ['before the pages', /generating static routes/],
  ['while the pages render', /generating static routes[\s\S]*?index\.html[\s\S]*?index\.html[\s\S]*?index\.html/],
  ['after the pages, while the search index, sitemap and headers are written', /\[archive\] search index:/],
];

describe('an interrupted build (중단된 빌드)', () => {
  it('leaves the published dist/ as the last complete build left it, and the next build completes as a clean one', async () => {
    const work = mkdtempSync(join(tmpdir(), 'archive-interrupted-'));
    const content = join(work, 'content');
    generateArchive({ n: 30, seed: 5, outDir: content, people: 60 });
    const site = { contentDir: content, outDir: join(work, 'dist'), cacheDir: join(work, 'cache') };

    // A first build that is killed leaves no site at all rather than part of one.
    const cut = await buildSite({ ...site, killWhen: (out) => KILL_POINTS[1]![1].test(out) });
    expect(cut.status, cut.output).toBe(null);
    expect(existsSync(site.outDir)).toBe(false);

    const first = await buildSite(site);
    expect(first.status, first.output).toBe(0);
    let published = fingerprint(site.outDir);
    expect(Object.keys(published)).toEqual(expect.arrayContaining(['_headers', 'sitemap-index.xml', 'pagefind/ko/pagefind.js', 'index.html']));

    const rng = prng(3);
    for (const [step, [when, point]] of KILL_POINTS.entries()) {
      const what = applyEdit(content, rng, 'body', step + 1);
      const killed = await buildSite({ ...site, killWhen: (out) => point.test(out) });
      // Killed this late, the build may finish in the moment the signal takes to arrive (exit 0).
      if (step < 2) expect(killed.status, `${when}: ${killed.output}`).toBe(null);
      else expect([null, 0], `${when}: ${killed.output}`).toContain(killed.status);
      // Killed this late, it may have published just before the signal: then dist/ is the whole new site (checked
      // against a clean build below); never anything between.
      const now = fingerprint(site.outDir);
      const clean = await buildSite({ contentDir: content, outDir: join(work, `clean-${step}`, 'dist'), cacheDir: join(work, `clean-${step}`, 'cache') });
      expect(clean.status, clean.output).toBe(0);
      if (step < 2) expect(now, `killed ${when}, after ${what}`).toEqual(published);
      else expect([published, fingerprint(clean.outDir)], `killed ${when}, after ${what}`).toContainEqual(now);
      expect(
        Object.keys(now).some((f) => f.startsWith('.prerender')),
        when,
      ).toBe(false);

      // The next build takes the killed build's lock over, and its site is the clean build's, byte for byte.
      const next = await buildSite(site);
      expect(next.status, next.output).toBe(0);
      expect(fingerprint(site.outDir), `the build after one killed ${when}`).toEqual(fingerprint(clean.outDir));
      published = fingerprint(site.outDir);
      rmSync(join(work, `clean-${step}`), { recursive: true, force: true });
    }
    rmSync(work, { recursive: true, force: true });
  }, 600_000);
});
