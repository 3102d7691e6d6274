import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN_FIXTURES, ROOT, VALID_FIXTURE, brokenContent } from '../support/fixtures.ts';
import { MUTATION_KINDS, mutate, readFolder, writeFolder } from '../support/mutations.ts';
import { prng } from '../../src/dev/bench/vocabulary.ts';
import { checkContentFolder } from '../../src/lib/content/check-folder-fs.ts';
import { buildSite } from '../../src/dev/tools/astro-build.ts';
import { BUILD_LOCK } from '../../src/integrations/build-lock.ts';

describe('the build with content from ARCHIVE_CONTENT_DIR', () => {
  it('fails on broken content, naming the file, the field and the fix', async () => {
    const dir = brokenContent('versions-disagree');
    const result = await buildSite({ contentDir: dir });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("The archive's content has 1 problem");
    expect(result.output).toContain('2021-07-02-release.ko.md: meetings: language versions of document "2021-07-02-release" disagree');
  });

  // `npm run check` and the build read the content with the same code: on every broken fixture both fail, and
  // the build says nothing but the check's report (no stack trace, no hook error, no unrelated hint).
  it.each(readdirSync(BROKEN_FIXTURES).sort())('%s: fails the build with the report `npm run check` gives, and nothing else', async (name) => {
    const dir = brokenContent(name);
    const check = spawnSync(process.execPath, ['src/cli/check.ts'], { cwd: ROOT, env: { ...process.env, ARCHIVE_CONTENT_DIR: dir }, encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stderr).toMatch(/^The archive's content has \d+ problems?:\n/);
    const build = await buildSite({ contentDir: dir });
    expect(build.status).toBe(1);
    expect(build.output.trim()).toBe(check.stderr.trim());
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });

  // A sample of the content check's generated mutations (tests/lib/content/mutations.test.ts), built: the build
  // accepts exactly what `npm run check` accepts, and rejects the rest with the check's report.
  it('accepts what the check accepts and rejects the rest with its report, on a sample of generated mutations', async () => {
    const valid = readFolder(VALID_FIXTURE);
    const rng = prng(1607);
    // Eight the check accepts and four it rejects, of every kind, chosen by the check in this process.
    const sample: { dir: string; what: string }[] = [];
    const wanted = { accepted: 8, rejected: 4 };
    for (let i = 0; wanted.accepted + wanted.rejected > 0 && i < 400; i++) {
      const m = mutate(rng, valid, MUTATION_KINDS[i % MUTATION_KINDS.length]);
      const dir = writeFolder(m.files);
      const verdict = checkContentFolder(dir).problems.length ? 'rejected' : 'accepted';
      if (wanted[verdict] > 0) {
        wanted[verdict]--;
        sample.push({ dir, what: m.what });
      }
    }
    expect(sample).toHaveLength(12);
    const verdicts: string[] = [];
    for (const m of sample) {
      const dir = m.dir;
      const check = spawnSync(process.execPath, ['src/cli/check.ts'], { cwd: ROOT, env: { ...process.env, ARCHIVE_CONTENT_DIR: dir }, encoding: 'utf8' });
      const build = await buildSite({ contentDir: dir });
      expect(build.status, `${m.what}\ncheck: ${check.stderr}\nbuild: ${build.output}`).toBe(check.status);
      if (check.status !== 0) expect(build.output.trim(), m.what).toBe(check.stderr.trim());
      verdicts.push(check.status === 0 ? 'accepted' : 'rejected');
    }
    expect(verdicts).toContain('accepted');
    expect(verdicts).toContain('rejected');
  });

  it('builds another content folder with the same code', async () => {
    const result = await buildSite({ contentDir: 'tests/fixtures/content/valid' });
    expect(result.status, result.output).toBe(0);
    const page = (path: string) => existsSync(join(result.outDir, path, 'index.html'));
    expect(page('ko/documents/2021-07-02-release')).toBe(true);
    expect(page('en/documents/2021-07-02-release')).toBe(true);
    expect(page('ko/documents/2024-06-01-mofa-kr-us-vice-ministers')).toBe(false);
  });

  it('stops on an output folder beside the project whose path begins with the project’s, saying why, and writes nothing', () => {
    const beside = `${ROOT}-out`;
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: ROOT,
      env: { ...process.env, ARCHIVE_OUT_DIR: join(beside, 'dist') },
      encoding: 'utf8',
    });
    expect(build.status).not.toBe(0);
    expect(build.stdout + build.stderr).toContain(`ARCHIVE_OUT_DIR: "${beside}/dist" begins with the project's path (${ROOT}) without being inside it`);
    expect(existsSync(beside)).toBe(false);
  });

  it('stops at once while another build uses the same cache folder, saying which, and builds once it is gone', async () => {
    const work = mkdtempSync(join(tmpdir(), 'archive-locked-'));
    const [outDir, cacheDir] = [join(work, 'dist'), join(work, 'cache')];
    mkdirSync(cacheDir);
    // This test's own process stands for a build still running.
    writeFileSync(join(cacheDir, BUILD_LOCK), JSON.stringify({ pid: process.pid, outDir, since: '2026-12-07T10:00:00.000Z' }));
    const second = await buildSite({ contentDir: 'tests/fixtures/content/valid', outDir, cacheDir });
    expect(second.status).toBe(1);
    expect(second.output.trim()).toBe(
      `Another build (process ${process.pid}, since 2026-12-07T10:00:00.000Z) is building into ${outDir} with this cache folder: wait for it to finish, or stop it; if no build is running, remove ${join(cacheDir, BUILD_LOCK)}`,
    );
    expect(existsSync(outDir)).toBe(false);
    // Left by a build that no longer runs: taken over, and gone when the build ends.
    writeFileSync(join(cacheDir, BUILD_LOCK), JSON.stringify({ pid: spawnSync('true').pid, outDir, since: '2026-12-07T10:00:00.000Z' }));
    const next = await buildSite({ contentDir: 'tests/fixtures/content/valid', outDir, cacheDir });
    expect(next.status, next.output).toBe(0);
    expect(existsSync(join(cacheDir, BUILD_LOCK))).toBe(false);
  });

  it('stops on a deployment setting that is not an address, naming the variable and the fix, and writes nothing', async () => {
    const result = await buildSite({ env: { SITE_URL: 'archive.example.org' } });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('SITE_URL: "archive.example.org" is not a URL: give the public address, e.g. SITE_URL=https://archive.example.org');
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });
});
