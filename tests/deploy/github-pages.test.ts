import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { siteSettings } from '../../src/lib/model/site.ts';
import { PROJECT_ROOT } from '../../src/dev/tools/astro-build.ts';

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

describe('the GitHub Pages workflow (GitHub Pages 배포)', () => {
  const workflow = parse(readFileSync(join(PROJECT_ROOT, '.github/workflows/deploy-pages.yml'), 'utf8'));
  const steps: Step[] = workflow.jobs.build.steps;

  it("builds with the Node version the project pins, by the README's commands", () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file']).toBe('.nvmrc');
    expect(readFileSync(join(PROJECT_ROOT, '.nvmrc'), 'utf8').trim()).toBe('24');
    expect(steps.some((s) => s.run?.startsWith('npm ci'))).toBe(true);
  });

  it('passes the Pages origin and base path to the build as SITE_URL and BASE_PATH, and publishes dist/', () => {
    const pages = steps.find((s) => s.uses?.startsWith('actions/configure-pages'))!;
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(build.env).toEqual({
      SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}`,
      // The runner is discarded after the job: no copy of the site is made for a next build.
      ARCHIVE_SPARE_COPY: '0',
    });
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.deploy.steps.some((s: Step) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
  });

  it('keeps the incremental build’s cache between runs: restored after npm ci (which empties node_modules), before the build', () => {
    const config = readFileSync(join(PROJECT_ROOT, 'astro.config.mjs'), 'utf8');
    const cacheDir = /cacheDir: process\.env\.ARCHIVE_CACHE_DIR \|\| '\.\/([^']+)'/.exec(config)![1];
    const at = (test: (s: Step) => boolean) => steps.findIndex(test);
    const cache = at((s) => !!s.uses?.startsWith('actions/cache'));
    expect(steps[cache]?.with?.path).toBe(cacheDir);
    expect(steps[cache]?.with?.['restore-keys']).toBeTruthy();
    expect(at((s) => !!s.run?.startsWith('npm ci'))).toBeLessThan(cache);
    expect(cache).toBeLessThan(at((s) => s.run === 'npm run build'));
  });

  it('gives settings that work for a project site and a user site (what configure-pages outputs)', () => {
    expect(siteSettings({ SITE_URL: 'https://user.github.io', BASE_PATH: '/diplomatic-archive' })).toEqual({
      site: 'https://user.github.io',
      base: '/diplomatic-archive/',
    });
    expect(siteSettings({ SITE_URL: 'https://user.github.io', BASE_PATH: '' })).toEqual({ site: 'https://user.github.io', base: '/' });
  });
});
