import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenContent } from '../support/fixtures.ts';
import { buildSite } from '../../src/dev/tools/astro-build.ts';

describe('the build with content from ARCHIVE_CONTENT_DIR', () => {
  it('fails on broken content, naming the file, the field and the fix', async () => {
    const dir = brokenContent('versions-disagree');
    const result = await buildSite({ contentDir: dir });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("The archive's content has 1 problem");
    expect(result.output).toContain('2021-07-02-release.ko.md: meetings: language versions of document "2021-07-02-release" disagree');
  });

  it('builds another content folder with the same code', async () => {
    const result = await buildSite({ contentDir: 'tests/fixtures/content/valid' });
    expect(result.status, result.output).toBe(0);
    const page = (path: string) => existsSync(join(result.outDir, path, 'index.html'));
    expect(page('ko/documents/2021-07-02-release')).toBe(true);
    expect(page('en/documents/2021-07-02-release')).toBe(true);
    expect(page('ko/documents/2024-06-01-mofa-kr-us-vice-ministers')).toBe(false);
  });

  it('stops on a deployment setting that is not an address, naming the variable and the fix, and writes nothing', async () => {
    const result = await buildSite({ env: { SITE_URL: 'archive.example.org' } });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('SITE_URL: "archive.example.org" is not a URL: give the public address, e.g. SITE_URL=https://archive.example.org');
    expect(existsSync(join(result.outDir, 'index.html'))).toBe(false);
  });
});
