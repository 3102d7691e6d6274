import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/dev/tools/static-server.ts';
import { mean3, ndcgAt, reciprocalRank } from '../../src/dev/bench/search-quality.ts';
import { SEARCH_CASES } from '../fixtures/search-queries.ts';
import { launchBrowser } from './support/browser.ts';

let browser: Browser;
let server: StaticServer;
const recall = { archive: [] as number[], plain: [] as number[] };
// Graded measures per case (nDCG@10, reciprocal rank), for the archive and for plain Pagefind on the same pages.
const graded = { ndcg: { archive: [] as number[], plain: [] as number[] }, rr: { archive: [] as number[], plain: [] as number[] } };

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
  const mean = mean3;
  const report = {
    queries: SEARCH_CASES.length,
    recallAt10: { archive: mean(recall.archive), plainPagefind: mean(recall.plain) },
    ndcgAt10: { archive: mean(graded.ndcg.archive), plainPagefind: mean(graded.ndcg.plain) },
    mrr: { archive: mean(graded.rr.archive), plainPagefind: mean(graded.rr.plain) },
  };
  mkdirSync('tmp/search', { recursive: true });
  writeFileSync(
    'tmp/search/recall.json',
    `${JSON.stringify(
      {
        ...report,
        cases: SEARCH_CASES.map((c, i) => ({
          ...c,
          archive: { recall: recall.archive[i], ndcg: graded.ndcg.archive[i], rr: graded.rr.archive[i] },
          plain: { recall: recall.plain[i], ndcg: graded.ndcg.plain[i], rr: graded.rr.plain[i] },
        })),
      },
      null,
      2,
    )}\n`,
  );
  console.log(
    `over ${report.queries} queries — recall@10 archive ${report.recallAt10.archive}, plain Pagefind ${report.recallAt10.plainPagefind}; ` +
      `nDCG@10 archive ${report.ndcgAt10.archive}, plain ${report.ndcgAt10.plainPagefind}; MRR archive ${report.mrr.archive}, plain ${report.mrr.plainPagefind}`,
  );
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
    const plain = await plainPagefind(page, c.page, c.q);
    recall.archive[i] = share(found, c.expect);
    recall.plain[i] = share(plain, c.expect);
    graded.ndcg.archive[i] = ndcgAt(found, c.grades);
    graded.ndcg.plain[i] = ndcgAt(plain, c.grades);
    graded.rr.archive[i] = reciprocalRank(found, c.grades);
    graded.rr.plain[i] = reciprocalRank(plain, c.grades);
    await page.close();
    expect(found.slice(0, 10), c.why).toEqual(expect.arrayContaining(c.expect));
  });
});

describe('search ranks by what readers look for (순위)', () => {
  it('ranks better than plain Pagefind on the hand-graded queries, by nDCG@10 and MRR', () => {
    expect(graded.ndcg.archive).toHaveLength(SEARCH_CASES.length);
    expect(mean3(graded.ndcg.archive)).toBeGreaterThan(mean3(graded.ndcg.plain));
    expect(mean3(graded.rr.archive)).toBeGreaterThan(mean3(graded.rr.plain));
    expect(mean3(graded.ndcg.archive)).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['en', 'Outcome of ROK-U.S. Vice Foreign Ministers’ Meeting', '/en/documents/2024-06-01-mofa-kr-us-vice-ministers/'],
    ['ko', '한미 외교차관회담(5.31) 결과', '/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/'],
    ['ko', '러시아 북한 군사 지원 우려의 진실은?', '/ko/documents/2024-11-15-gyeongnamzine-lima-foreign-ministers/'],
  ] as const)('%s: an exact title finds its document first (%s)', async (lang, q, url) => {
    const page = await browser.newPage();
    expect((await searchPage(page, lang, q))[0]).toBe(url);
    await page.close();
  });

  it.each([
    ['en', 'official'],
    ['en', 'minister'],
    ['en', 'news'],
    ['en', 'telephone'],
    ['ko', '2024'],
    ['ko', '장관급'],
    ['ko', 'blog'],
  ] as const)('%s: a category word (%s) finds only documents that show it, not every document of the kind', async (lang, q) => {
    const page = await browser.newPage();
    await searchPage(page, lang, q);
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.complete === '');
    // Each result shows where it matched: a marked word in its excerpt, or what it matched through.
    const unexplained = await page
      .locator('.search-result')
      .evaluateAll((els) => els.filter((el) => !el.querySelector('.excerpt mark, [data-through]')).map((el) => (el as HTMLElement).dataset.url));
    expect(unexplained).toEqual([]);
    await page.close();
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
    expect(await page.locator('.search-result h3 a').getAttribute('lang')).toBe('en');
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
    expect(await first.locator('.excerpt mark').first().textContent()).toMatch(/^semiconductor/i);
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

/** Records the page's Content-Security-Policy violations and script errors, across navigations. */
async function watchPolicy(page: Page): Promise<string[]> {
  const errors: string[] = [];
  await page.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => console.error('CSP ' + e.violatedDirective + ' ' + e.blockedURI));`);
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

describe('results that land on the paragraph (문단으로 가는 결과)', () => {
  const CASES = [
    { lang: 'ko', q: '동맹', doc: '/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/', paragraph: 'p6', label: '문단 6', notice: '검색어를 표시했습니다' },
    {
      lang: 'en',
      q: 'deterrence',
      doc: '/en/documents/2024-06-01-mofa-kr-us-vice-ministers/',
      paragraph: 'p3',
      label: 'Paragraph 3',
      notice: 'Search terms highlighted',
    },
  ] as const;

  it.each(CASES)('$lang: a result names the paragraph that matched; its link opens the page there, the terms marked under the CSP', async (c) => {
    const page = await browser.newPage();
    const errors = await watchPolicy(page);
    await searchPage(page, c.lang, c.q);
    const result = page.locator(`.search-result[data-url="${c.doc}"]`);
    const passage = result.locator(`[data-passage="${c.paragraph}"]`);
    expect(await passage.locator('a').textContent()).toBe(c.label);
    expect(await passage.locator('.excerpt mark').first().textContent()).toContain(c.q);
    const href = await passage.locator('a').getAttribute('href');
    expect(href).toBe(`${c.doc}?highlight=${encodeURIComponent(c.q)}#${c.paragraph}`);
    await passage.locator('a').click();
    await page.waitForSelector('mark.search-highlight');
    expect(new URL(page.url()).hash).toBe(`#${c.paragraph}`);
    // The paragraph the link named holds a marked term, and the reader is told what is marked and how to undo it.
    expect(await page.locator(`#${c.paragraph} mark.search-highlight`).first().textContent()).toMatch(new RegExp(c.q, 'i'));
    const notice = page.locator('[data-highlight-notice]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain(c.notice);
    expect(await notice.locator('[data-highlight-terms]').textContent()).toBe(c.q);
    // Only the document is marked: not the navigation, the notice or the provenance panel.
    expect(await page.locator('header.site-header mark, [data-highlight-notice] mark, .panel mark').count()).toBe(0);
    await notice.locator('a').click();
    await page.waitForURL(new RegExp(`${c.doc}$`));
    expect(await page.locator('mark.search-highlight').count()).toBe(0);
    expect(await notice.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('marks nothing and shows no notice on a page opened without terms, or without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}ko/documents/2024-06-01-mofa-kr-us-vice-ministers/?highlight=%EB%8F%99%EB%A7%B9`);
    expect(await page.locator('mark').count()).toBe(0);
    expect(await page.locator('[data-highlight-notice]').isVisible()).toBe(false);
    expect(await page.locator('#p6').textContent()).toContain('동맹');
    await context.close();
  });

  it.each([
    { lang: 'ko', q: 'Pompeo', doc: '/ko/documents/2018-06-29-ecounion-kr-us-foreign-ministers-call/', through: '일치한 표기: Pompeo → 마이크 폼페이오' },
    { lang: 'en', q: '블링컨', doc: '/en/documents/2024-11-15-inside-story-lima-foreign-ministers/', through: 'Matched through: 블링컨 → Antony Blinken' },
    { lang: 'ko', q: '동맹', doc: '/ko/documents/2024-11-15-inside-story-lima-foreign-ministers/', through: '일치한 표기: 동맹 → 한미동맹에' },
  ] as const)('$lang: says what a result matched through when the text has another form ($q)', async (c) => {
    const page = await browser.newPage();
    await searchPage(page, c.lang, c.q);
    const result = page.locator(`.search-result[data-url="${c.doc}"]`);
    expect(await result.locator('[data-through]').textContent()).toBe(c.through);
    // The form it matched through is marked in the paragraph too, and carried to the page.
    const via = c.through.split('→ ')[1]!;
    expect(await result.locator('.passages .excerpt mark').first().textContent()).toBe(via.split(' ')[0]);
    const href = new URL((await result.locator('h3 a').getAttribute('href'))!, server.url);
    expect(href.searchParams.getAll('highlight')).toEqual([c.q, via]);
    await page.close();
  });

  it('says nothing of the kind when the text has the word itself', async () => {
    const page = await browser.newPage();
    await searchPage(page, 'en', 'Blinken');
    expect(await page.locator('.search-result[data-url^="/en/"] [data-through]').count()).toBe(0);
    await page.close();
  });
});

describe('the person filter (참석자 필터)', () => {
  it.each(['ko', 'en'] as const)('%s: a person page links to the search of their meetings, which lists their documents only', async (lang) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}${lang}/people/antony-blinken/`);
    await page.locator('[data-person-search]').click();
    await page.waitForURL(new RegExp(`/${lang}/search/\\?person=antony-blinken$`));
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.complete === '');
    expect(await page.locator('select[name=person]').inputValue()).toBe('antony-blinken');
    const urls = await page.locator('.search-result').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.url).sort());
    expect(urls).toEqual([
      '/en/documents/2024-11-15-inside-story-lima-foreign-ministers/',
      '/ko/documents/2024-11-15-gyeongnamzine-lima-foreign-ministers/',
      '/ko/documents/2024-11-15-inside-story-lima-foreign-ministers/',
    ]);
    // With a query, the filter narrows it: Campbell's meeting is not Blinken's.
    await page.locator('#search-q').fill('Campbell');
    await page.locator('#search-q').press('Enter');
    await page.waitForURL(/q=Campbell/);
    await page.waitForFunction(() => /결과 없|No documents|찾는 문서가 없/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    // Choosing anyone again lifts it.
    await page.locator('select[name=person]').selectOption('');
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 0);
    expect(page.url()).not.toContain('person=');
    await page.close();
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
