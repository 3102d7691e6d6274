import { LANGS, type Lang } from '../../schemas/langs.ts';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tools/chromium.ts';
import { serveStatic } from '../tools/static-server.ts';

export interface QueryCost {
  query: string;
  /** Bytes of search files sent (gzipped where a static host would) until the first results show: the page's own language. */
  firstBytes: number;
  /** Milliseconds from the query to the first results on the page. */
  firstMs: number;
  /** Bytes until both languages' results are merged (index chunks, fragments, and on the first query the runtimes). */
  bytes: number;
  /** Milliseconds from the query to the complete, merged results. */
  ms: number;
  /** Bytes and milliseconds until the counts per filter value show (on the first query, their tables load). */
  countsBytes: number;
  countsMs: number;
  results: string;
}

export interface IndexShape {
  shards: number;
  files: number;
  bytes: number;
  largestChunk: number;
}

/** Index chunk files of one language's bundle, all its shards: Pagefind issue #1211 reports Korean never splits into chunks. */
export function indexShape(dist: string, lang: Lang): IndexShape {
  const shards = readdirSync(join(dist, 'pagefind')).filter((name) => name === lang || name.startsWith(`${lang}-`));
  const sizes = shards.flatMap((shard) => {
    const dir = join(dist, 'pagefind', shard, 'index');
    return readdirSync(dir).map((f) => statSync(join(dir, f)).size);
  });
  return { shards: shards.length, files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0), largestChunk: Math.max(0, ...sizes) };
}

/** What opening the search page costs before a query: its own language's index loading while the reader types. */
export interface PageOpen {
  /** Bytes of search files sent until the page's index is ready. */
  bytes: number;
  /** Milliseconds from the page starting to load to its index being ready. */
  ms: number;
}

export interface SearchCosts {
  open: Record<Lang, PageOpen>;
  queries: Record<Lang, QueryCost[]>;
}

/**
 * Each language's search page opened, then a first, second and third query typed into it, in Chromium, against
 * the built site: what a reader downloads and waits for. The page searches both languages' bundles, as it does
 * by default; the queries are typed once the page says its own index is ready, as a reader types after it opens.
 */
export async function measureSearch(dist: string, queries: Record<Lang, string[]>): Promise<SearchCosts> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const out = {} as Record<Lang, QueryCost[]>;
  const open = {} as Record<Lang, PageOpen>;
  try {
    for (const lang of LANGS) {
      const page = await browser.newPage();
      const opened = server.served.length;
      await page.goto(`${server.url}${lang}/search/`);
      await page.waitForSelector('[data-search-page][data-search-ready]', { state: 'attached' });
      open[lang] = {
        bytes: server.served
          .slice(opened)
          .filter((r) => r.path.includes('/pagefind/'))
          .reduce((a, r) => a + r.bytes, 0),
        ms: Math.round(await page.evaluate(() => performance.getEntriesByName('archive-search:ready', 'measure').at(-1)?.duration ?? NaN)),
      };
      out[lang] = [];
      for (const query of queries[lang]) {
        // Counted where they are sent, so that every request counts: the page's, and its search worker's.
        const before = server.served.length;
        // Bytes of the responses finished by a moment (ms since the epoch, the page's clock and ours being the machine's).
        const sent = (by: number) =>
          server.served
            .slice(before)
            .filter((r) => r.path.includes('/pagefind/') && r.finished !== undefined && r.finished <= by)
            .reduce((a, r) => a + r.bytes, 0);
        await page.evaluate(() => performance.clearMeasures());
        await page.locator('#search-q').fill(query);
        await page.locator('#search-q').press('Enter');
        await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === q, query);
        await page.waitForFunction((q) => {
          const list = document.querySelector<HTMLElement>('[data-search-results]');
          return list?.dataset.query === q && list.dataset.complete === '';
        }, query);
        // The reader reads; the page finishes its work before the next query.
        await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-search-page]')?.dataset.counted === '');
        // Milliseconds as the page measures them (User Timing), from the search starting to each stage.
        const stages = await page.evaluate(() =>
          ['first', 'complete', 'counts'].map((stage) => {
            const m = performance.getEntriesByName(`archive-search:${stage}`, 'measure').at(-1);
            return m ? { ms: m.duration, at: performance.timeOrigin + m.startTime + m.duration } : { ms: NaN, at: NaN };
          }),
        );
        const [first, complete, counts] = stages.map((x) => ({ ms: Math.round(x.ms), bytes: sent(x.at) }));
        out[lang].push({
          query,
          firstBytes: first!.bytes,
          firstMs: first!.ms,
          bytes: complete!.bytes,
          ms: complete!.ms,
          countsBytes: counts!.bytes,
          countsMs: counts!.ms,
          results: (await page.locator('[data-search-status]').textContent()) ?? '',
        });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { open, queries: out };
}
