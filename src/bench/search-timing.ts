import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tools/chromium.ts';
import { serveStatic } from '../tools/static-server.ts';

export interface QueryCost {
  query: string;
  /** Bytes of search files fetched until the first results show (the page's own language). */
  firstBytes: number;
  /** Milliseconds from the query to the first results on the page. */
  firstMs: number;
  /** Bytes fetched until both languages' results are merged (index chunks, fragments, and on the first query the runtimes). */
  bytes: number;
  /** Milliseconds from the query to the complete, merged results. */
  ms: number;
  results: string;
}

export interface IndexShape {
  files: number;
  bytes: number;
  largestChunk: number;
}

/** Index chunk files of one language bundle: Pagefind issue #1211 reports Korean never splits into chunks. */
export function indexShape(bundleDir: string): IndexShape {
  const dir = join(bundleDir, 'index');
  const sizes = readdirSync(dir).map((f) => statSync(join(dir, f)).size);
  return { files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0), largestChunk: Math.max(0, ...sizes) };
}

/**
 * A first and a second query on each language's search page, in Chromium, against the built site: what a
 * reader downloads and waits for. The page searches both languages' bundles, as it does by default.
 */
export async function measureSearch(dist: string, queries: Record<'ko' | 'en', [string, string]>): Promise<Record<'ko' | 'en', QueryCost[]>> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const out = {} as Record<'ko' | 'en', QueryCost[]>;
  try {
    for (const lang of ['ko', 'en'] as const) {
      const page = await browser.newPage();
      // Counted from the network, not from resource timing, whose buffer fills and which hides cached sizes.
      const fetched: Promise<number>[] = [];
      page.on('requestfinished', (request) => {
        if (request.url().includes('/pagefind/')) fetched.push(request.sizes().then((s) => s.responseBodySize));
      });
      await page.goto(`${server.url}${lang}/search/`);
      out[lang] = [];
      for (const query of queries[lang]) {
        const before = fetched.length;
        const started = Date.now();
        await page.locator('#search-q').fill(query);
        await page.locator('#search-q').press('Enter');
        await page.waitForFunction((q) => document.querySelector<HTMLElement>('[data-search-results]')?.dataset.query === q, query);
        const firstMs = Date.now() - started;
        const firstBytes = (await Promise.all(fetched.slice(before))).reduce((a, b) => a + b, 0);
        await page.waitForFunction(
          (q) => new URLSearchParams(location.search).get('q') === q && /\d/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
          query,
        );
        const ms = Date.now() - started;
        const bytes = (await Promise.all(fetched.slice(before))).reduce((a, b) => a + b, 0);
        out[lang].push({ query, firstBytes, firstMs, bytes, ms, results: (await page.locator('[data-search-status]').textContent()) ?? '' });
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
