import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { serveStatic, type StaticServer } from '../../src/dev/tools/static-server.ts';

const dist = inject('distDir');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('reading the archive in Chromium', () => {
  it('goes from / to the Korean index, the 2024-05-31 article, its English version and back', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    expect(await page.getAttribute('html', 'lang')).toBe('ko');

    // The chooser points to Korean first.
    await page.locator('nav.chooser a[hreflang="ko"]').click();
    await page.waitForURL(/\/ko\/$/);
    await page.getByRole('link', { name: '회담 목록', exact: true }).first().click();
    await page.waitForURL(/\/ko\/meetings\/$/);
    expect(await page.locator('h1').textContent()).toBe('회담 목록');

    const row = page.locator('[data-meeting="2024-05-31-kr-us-vice-ministers"]');
    expect(await row.locator('h3').textContent()).toBe('한-미 외교차관회담');
    await row.getByRole('link', { name: '한국어' }).click();
    await page.waitForURL(/\/ko\/documents\/2024-06-01-mofa-kr-us-vice-ministers\/$/);
    expect(await page.locator('h1').textContent()).toBe('한미 외교차관회담(5.31) 결과');
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    expect(await page.locator('.meta').first().textContent()).toContain('공식 보도자료');

    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(/\/en\/documents\/2024-06-01-mofa-kr-us-vice-ministers\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toBe('Outcome of ROK-U.S. Vice Foreign Ministers’ Meeting');
    expect(await page.locator('[data-translation]').textContent()).toContain('Official translation');

    await page.locator('[data-lang-switch]').click();
    await page.waitForURL(/\/ko\/documents\/2024-06-01-mofa-kr-us-vice-ministers\/$/);
    expect(await page.locator('h1').textContent()).toBe('한미 외교차관회담(5.31) 결과');
    await page.close();
  });

  it('reads every page without JavaScript; an article’s scripts only save its citation formats as files and mark search terms', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}en/documents/2024-11-15-inside-story-lima-foreign-ministers/`);
    expect(await page.locator('h1').textContent()).toBe("South Korea-US Foreign Ministers Watch for Possibility of Russia's Military Support for North Korea");
    expect(await page.locator('[data-translation="machine"]').textContent()).toContain('machine translation');
    expect(await page.locator('.article-body p').count()).toBe(12);
    await page.goto(`${server.url}ko/meetings/`);
    expect(await page.locator('[data-meeting]').count()).toBe(6);
    await context.close();
    const html = readFileSync(join(dist, 'ko/documents/2024-06-01-mofa-kr-us-vice-ministers/index.html'), 'utf8');
    // JSON-LD is data for search engines that no browser runs; one script saves the citation formats the page
    // already shows as text, the other marks the terms a search result carried (tests/e2e/page-weight.test.ts).
    const scripts = html.match(/<script\b[^>]*>/gi)!;
    expect(scripts[0]).toBe('<script type="application/ld+json">');
    expect(scripts.slice(1)).toEqual([
      expect.stringMatching(/^<script type="module" src="\/_astro\/CiteThis\.[^"]+">$/),
      expect.stringMatching(/^<script type="module" src="\/_astro\/_id_\.[^"]+">$/),
    ]);
  });

  it('labels the blog post as an unofficial secondary source, in Korean', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}ko/documents/2024-11-15-gyeongnamzine-lima-foreign-ministers/`);
    expect(await page.locator('[data-provenance="blog"]').first().textContent()).toBe('블로그 글');
    expect(await page.locator('article header').textContent()).toContain('비공식 2차 자료');
    await page.close();
  });

  it('applies Korean typography and serves a bilingual 404', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}ko/documents/2018-06-29-ecounion-kr-us-foreign-ministers-call/`);
    expect(
      await page
        .locator('.article-body p')
        .first()
        .evaluate((el) => getComputedStyle(el).wordBreak),
    ).toBe('keep-all');
    const res = await page.goto(`${server.url}ko/no-such-page/`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').allTextContents()).toEqual(['페이지를 찾을 수 없습니다', 'Page not found']);
    await page.close();
  });
});
