import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/dev/tools/astro-build.ts';
import { CONTENT_DIR } from '../support/fixtures.ts';

const PAGE = 'ko/documents/2024-06-01-mofa-kr-us-vice-ministers/';
const heading = (html: string) => /<h1[^>]*>([^<]*)/.exec(html)?.[1];

async function fetchText(url: string, tries = 60): Promise<string> {
  for (let i = 0; ; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return await res.text();
    } catch {
      // Not listening yet.
    }
    if (i >= tries) throw new Error(`no answer from ${url}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

describe('the development server (npm run dev)', () => {
  it('shows an edit to the content folder on the next request, and keeps the last good content while it has problems', async () => {
    const content = mkdtempSync(join(tmpdir(), 'archive-dev-'));
    cpSync(CONTENT_DIR, content, { recursive: true });
    const port = 4390 + Math.floor(Math.random() * 100);
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|VITE_.*|BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|SITE)$/.test(k)));
    const dev = spawn(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)], {
      cwd: PROJECT_ROOT,
      env: { ...env, ARCHIVE_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    dev.stdout.on('data', (c) => (output += c));
    dev.stderr.on('data', (c) => (output += c));
    try {
      const url = `http://localhost:${port}/${PAGE}`;
      expect(heading(await fetchText(url)), output).toBe('한미 외교차관회담(5.31) 결과');
      const file = join(content, 'documents/2024-06-01-mofa-kr-us-vice-ministers.ko.md');
      const original = readFileSync(file, 'utf8');
      writeFileSync(file, original.replace(/^title: .*$/m, 'title: 고친 제목'));
      await expect.poll(async () => heading(await fetchText(url)), { timeout: 15_000, interval: 500 }).toBe('고친 제목');
      // A broken record is reported; the pages keep the content last checked.
      writeFileSync(file, original.replace(/^lang: ko$/m, 'lang: xx'));
      await expect.poll(() => output, { timeout: 15_000, interval: 500 }).toMatch(/2024-06-01-mofa-kr-us-vice-ministers\.ko\.md: lang/);
      expect(heading(await fetchText(url))).toBe('고친 제목');
    } finally {
      dev.kill();
    }
  }, 120_000);
});
