import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, type BuildResult } from '../../src/dev/tools/astro-build.ts';
import { launchBrowser } from './support/browser.ts';
import { crawlBuiltSite } from './support/crawl.ts';
import { serveStatic } from '../../src/dev/tools/static-server.ts';

const SITE = 'https://archive.example.org';

describe('deploying under a sub-path (BASE_PATH) of another origin (SITE_URL)', () => {
  let built: BuildResult;
  beforeAll(async () => {
    built = await buildSite({ base: '/archive/', env: { SITE_URL: SITE } });
  });

  it('builds', () => {
    expect(built.status, built.output).toBe(0);
  });

  it('leaves no internal link or asset broken, in either language, nor any absolute URL of pages, sitemap, feeds and data', () => {
    const { pages, files, links, absolute, broken } = crawlBuiltSite(built.outDir, '/archive/', SITE);
    expect(broken).toEqual([]);
    expect(pages).toBeGreaterThanOrEqual(24);
    expect(files).toBeGreaterThanOrEqual(5);
    expect(links).toBeGreaterThan(200);
    expect(absolute).toBeGreaterThan(100);
    for (const lang of ['ko', 'en']) {
      expect(readFileSync(join(built.outDir, `${lang}/index.html`), 'utf8')).toContain(`<link rel="canonical" href="${SITE}/archive/${lang}/">`);
      expect(readFileSync(join(built.outDir, `${lang}/feed.xml`), 'utf8')).toContain(`<link>${SITE}/archive/${lang}/documents/`);
    }
    expect(readFileSync(join(built.outDir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}/archive/sitemap-index.xml`);
    expect(readFileSync(join(built.outDir, '_headers'), 'utf8')).toMatch(/^\/archive\/\*$/m);
  });

  it('puts the base into the open data URLs', () => {
    const data = JSON.parse(readFileSync(join(built.outDir, 'data/meetings.json'), 'utf8'));
    expect(data.meetings[0].documents[0].url).toMatch(/^\/archive\/(ko|en)\/documents\//);
  });

  it('reads from / to an English article in Chromium under the base', async () => {
    const server = await serveStatic(built.outDir, '/archive/');
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(server.url);
      await page.locator('nav.chooser a[hreflang="en"]').click();
      await page.getByRole('link', { name: 'Meetings', exact: true }).first().click();
      await page.locator('[data-meeting="2018-06-29-kr-us-foreign-ministers-call"] a[hreflang="ko"]').click();
      await page.waitForURL(/\/archive\/ko\/documents\/2018-06-29-ecounion-kr-us-foreign-ministers-call\/$/);
      expect(await page.locator('h1').textContent()).toBe('한미 외교장관 전화통화…비핵화 전략 조율');
      const css = await page.evaluate(() => [...document.styleSheets].map((s) => s.href));
      expect(css.every((href) => href?.includes('/archive/_astro/'))).toBe(true);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('also holds for the default build at the root', () => {
    const { broken, absolute } = crawlBuiltSite(inject('distDir'), '/');
    expect(broken).toEqual([]);
    expect(absolute).toBeGreaterThan(100);
  });
});
