import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/dev/tools/static-server.ts';
import { SEARCH_CASES } from '../fixtures/search-queries.ts';
import { launchBrowser } from './support/browser.ts';

let browser: Browser;
let server: StaticServer;
const recall = { archive: [] as number[], plain: [] as number[] };

beforeAll(async () => {
  // A copy of the build with a plain Pagefind index of the same pages beside the archive's own, for comparison.
  const site = mkdtempSync(join(tmpdir(), 'search-site-'));
  cpSync(inject('distDir'), site, { recursive: true });
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: site });
  await index!.writeFiles({ outputPath: join(site, 'pagefind-plain') });
  await pagefind.close();
  server = await serveStatic(site);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)) * 1000) / 1000;
  const report = { queries: SEARCH_CASES.length, recallAt10: { archive: mean(recall.archive), plainPagefind: mean(recall.plain) } };
  mkdirSync('tmp/search', { recursive: true });
  writeFileSync(
    'tmp/search/recall.json',
    `${JSON.stringify({ ...report, cases: SEARCH_CASES.map((c, i) => ({ ...c, archive: recall.archive[i], plain: recall.plain[i] })) }, null, 2)}\n`,
  );
  console.log(`recall@10 over ${report.queries} queries — archive: ${report.recallAt10.archive}, plain Pagefind: ${report.recallAt10.plainPagefind}`);
});

/** Runs a query on the search page as a reader would, and returns the result links in order. */
async function searchPage(page: Page, lang: string, q: string): Promise<string[]> {
  await page.goto(`${server.url}${lang}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return status !== '' && !/…$/.test(status);
  });
  return page.locator('[data-search-results] .search-result').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.url ?? ''));
}

/** The same query against plain Pagefind, as a site that only ran Pagefind would answer it on that page. */
async function plainPagefind(page: Page, lang: string, q: string): Promise<string[]> {
  await page.goto(`${server.url}${lang}/`);
  // A string, so the test runner's transform leaves the browser's own import() alone.
  return page.evaluate(`(async () => {
    const pf = await import('/pagefind-plain/pagefind.js');
    const res = await pf.search(${JSON.stringify(q)});
    const data = await Promise.all(res.results.slice(0, 10).map((r) => r.data()));
    return data.map((d) => d.url);
  })()`) as Promise<string[]>;
}

const share = (found: string[], expected: string[]) => expected.filter((u) => found.slice(0, 10).includes(u)).length / expected.length;

describe('search finds what readers type', () => {
  it.each(SEARCH_CASES.map((c, i) => [i, c] as const))('%i: %o', async (i, c) => {
    const page = await browser.newPage();
    const found = await searchPage(page, c.page, c.q);
    recall.archive[i] = share(found, c.expect);
    recall.plain[i] = share(await plainPagefind(page, c.page, c.q), c.expect);
    await page.close();
    expect(found.slice(0, 10), c.why).toEqual(expect.arrayContaining(c.expect));
  });
});

describe('the search page', () => {
  it('searches an index in shards (this build has several per language), as a large archive does', () => {
    const dist = inject('distDir');
    for (const lang of ['ko', 'en']) {
      const shards = JSON.parse(
        readFileSync(join(dist, lang, 'search/index.html'), 'utf8')
          .match(/data-shards="([^"]*)"/)![1]!
          .replaceAll('&quot;', '"'),
      ) as Record<string, number>;
      expect(shards.ko).toBeGreaterThan(1);
      for (let i = 1; i < shards[lang]!; i++) expect(existsSync(join(dist, `pagefind/${lang}-${i}/pagefind-entry.json`))).toBe(true);
      // A shard after the first has its index only: the runtime is the first one's.
      if (shards[lang]! > 1) expect(existsSync(join(dist, `pagefind/${lang}-1/pagefind.js`))).toBe(false);
    }
  });

  it.each(['ko', 'en'])('%s: loads its own index (every shard) when it opens, so a typed query fetches only its words', async (lang) => {
    const page = await browser.newPage();
    // The search worker's requests are not the page's: they are seen where they arrive.
    const before = server.served.length;
    await page.goto(`${server.url}${lang}/search/`);
    expect(await page.locator('link[rel=modulepreload]').getAttribute('href')).toBe(`/pagefind/${lang}/pagefind.js`);
    await page.waitForSelector('[data-search-page][data-search-ready]', { state: 'attached' });
    const opened = server.served.slice(before).map((r) => r.path);
    expect(opened).toContain(`/pagefind/${lang}/pagefind.js`);
    // Every shard's metadata, none of the other language's: it loads when the first results are on screen.
    const shards = await page
      .locator('[data-search-page]')
      .evaluate((el, l) => (JSON.parse((el as HTMLElement).dataset.shards ?? '{}') as Record<string, number>)[l] ?? 1, lang);
    expect(opened.filter((p) => p.endsWith('.pf_meta')).length).toBe(shards);
    expect(opened.some((p) => p.startsWith(`/pagefind/${lang === 'ko' ? 'en' : 'ko'}`))).toBe(false);
    const ready = server.served.length;
    await page.locator('#search-q').fill(lang === 'ko' ? '블링컨' : 'Blinken');
    await page.locator('#search-q').press('Enter');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.complete === '');
    const own = server.served.slice(ready).filter((r) => r.path.startsWith(`/pagefind/${lang}`));
    expect(own.map((r) => r.path).filter((p) => /pagefind\.js$|\.pf_meta$|wasm/.test(p))).toEqual([]);
    expect(own.some((r) => r.path.includes('/index/'))).toBe(true);
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('keeps the query and filters in the URL, and Back restores them', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}en/search/`);
    await page.locator('#search-q').fill('Blinken');
    await page.waitForURL(/\?q=Blinken$/);
    await page.waitForFunction(() => /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.locator('.search-result').count()).toBe(3);
    await page.locator('input[name=only]').check();
    await page.waitForURL(/\?q=Blinken&only=1$/);
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 1);
    expect(await page.locator('.search-result a').getAttribute('lang')).toBe('en');
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 3);
    expect(await page.locator('input[name=only]').isChecked()).toBe(false);
    await page.close();
  });

  it('filters by counterpart, level, year and source, sorts by date, and counts each filter value', async () => {
    const page = await browser.newPage();
    await searchPage(page, 'ko', '회담');
    // Counts arrive once the table of filter values has loaded, after the results, and cover both languages.
    await page.waitForFunction(() => document.querySelector('[data-count="kind:blog"]')?.textContent !== '');
    expect(await page.locator('[data-count="kind:blog"]').textContent()).toBe('(1)');
    expect(await page.locator('[data-count="format:telephone"]').textContent()).toBe('(1)');
    expect(await page.locator('[data-count="kind:official"]').textContent()).toBe('(1)');
    // Counts follow the query, in both languages: Campbell is in the Korean and the English release.
    await page.locator('#search-q').fill('Campbell');
    await page.locator('#search-q').press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-count="kind:official"]')?.textContent === '(2)');
    expect(await page.locator('[data-count="kind:blog"]').textContent()).toBe('(0)');
    // Narrowed to Korean documents, the English release drops out of the counts too.
    await page.locator('input[name=only]').check();
    await page.waitForFunction(() => document.querySelector('[data-count="kind:official"]')?.textContent === '(1)');
    expect(await page.locator('[data-count="level:vice-minister"]').textContent()).toBe('(1)');
    await page.goto(`${server.url}ko/search/?country=us&kind=official&sort=oldest`);
    await page.waitForFunction(() => /건$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const urls = await page.locator('.search-result').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.url));
    expect(urls.sort()).toEqual(['/en/documents/2024-06-01-mofa-kr-us-vice-ministers/', '/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/']);
    await page.goto(`${server.url}ko/search/?country=us&sort=oldest`);
    await page.waitForFunction(() => /건$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const dates = await page.locator('.search-result time, .search-result .meta li:first-child').allTextContents();
    expect(dates[0]).toBe('2018년 6월 29일 (금)');
    // Newest first across the Korean index's shards, which Pagefind merges by score: put in date order again.
    await page.goto(`${server.url}ko/search/?only=1&from=2018&to=2025&sort=newest`);
    await page.waitForFunction(() => /건$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    const newest = await page.locator('.search-result').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.url));
    expect(newest.slice(0, 2).sort()).toEqual([
      '/ko/documents/2024-11-15-gyeongnamzine-lima-foreign-ministers/',
      '/ko/documents/2024-11-15-inside-story-lima-foreign-ministers/',
    ]);
    expect(newest.slice(2)).toEqual(['/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/', '/ko/documents/2018-06-29-ecounion-kr-us-foreign-ministers-call/']);
    await page.goto(`${server.url}en/search/?country=us&from=2018&to=2018`);
    await page.waitForFunction(() => /result/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    expect(await page.locator('.search-result').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.url))).toEqual([
      '/ko/documents/2018-06-29-ecounion-kr-us-foreign-ministers-call/',
    ]);
    await page.close();
  });

  it('shows title, date, counterparts, level, provenance, language and a highlighted excerpt', async () => {
    const page = await browser.newPage();
    await searchPage(page, 'en', 'semiconductor');
    const first = page.locator('.search-result').first();
    expect(await first.locator('h3').textContent()).toBe('Outcome of ROK-U.S. Vice Foreign Ministers’ Meeting');
    expect(await first.locator('.meta').textContent()).toBe('Friday 31 May 2024United StatesVice-ministerialOfficial releaseEnglish');
    expect(await first.locator('p mark').first().textContent()).toMatch(/^semiconductor/i);
    await page.close();
  });

  it('says without JavaScript that search needs it, and offers the meeting index', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}ko/search/?q=x`);
    expect(await page.locator('.notice').textContent()).toContain('자바스크립트');
    expect(await page.locator('.notice a').getAttribute('href')).toBe('/ko/meetings/');
    await page.goto(`${server.url}en/`);
    await page.locator('#header-q').fill('Pompeo');
    await page.locator('.header-search button').click();
    await page.waitForURL(/\/en\/search\/\?q=Pompeo$/);
    await context.close();
  });
});

describe('the search tips (검색 도움말)', () => {
  it.each(['ko', 'en'] as const)('every %s example finds documents, as the tip says, and a phrase only in its order', async (lang) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${lang}/search/`);
    await page.locator(`a[href="/${lang}/search/tips/"]`).click();
    await page.waitForURL(new RegExp(`/${lang}/search/tips/$`));
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    const examples = await page.locator('[data-tip-example]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(examples).toHaveLength(5);
    for (const example of examples) {
      await page.goto(server.url + example.slice(1));
      await page.waitForFunction(() => {
        const status = document.querySelector('[data-search-status]')?.textContent ?? '';
        return status !== '' && !/…$/.test(status);
      });
      expect(await page.locator('[data-search-results] .search-result').count(), example).toBeGreaterThan(0);
    }
    // The phrase in the other order is no phrase of the text.
    expect(await searchPage(page, lang, '"deterrence extended"')).toEqual([]);
    await page.close();
  });
});
