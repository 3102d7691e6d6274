import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../../src/dev/tools/astro-build.ts';
import { serveStatic, type StaticServer } from '../../src/dev/tools/static-server.ts';
import { hostileContent } from '../support/fixtures.ts';
import { listFiles } from '../support/files.ts';
import { launchBrowser } from './support/browser.ts';

// A document whose title, deck and body carry scripts, event handlers, javascript: links, frames, forms,
// styles and a meta refresh, and a person, country, topic and meeting with markup in every free-text field
// (tests/fixtures/content/hostile), built with the real build.
const ID = '2020-03-03-hostile';
const PAGES = [`ko/documents/${ID}/`, `en/documents/${ID}/`, `documents/${ID}/parallel/`];

describe('scraped HTML in a document never becomes active (안전한 렌더링)', () => {
  let built: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    built = await buildSite({ contentDir: hostileContent() });
    if (built.status !== 0) throw new Error(built.output);
    server = await serveStatic(built.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('writes no script, handler, frame, form or javascript: URL from the document into the built pages', () => {
    for (const page of PAGES) {
      const html = readFileSync(join(built.outDir, page, 'index.html'), 'utf8');
      // Quoted attribute values are text (a title in og:title may read "<script>…" and stays inert): markup is
      // looked for outside them.
      const markup = html.replace(/="[^"]*"/g, '=""');
      expect(markup, page).not.toMatch(/<script>window|<iframe|<object|<embed|<svg onload|<style|style="|http-equiv="refresh"|<base /i);
      expect(html, page).not.toMatch(/\son[a-z]+="window/i);
      expect(html, page).not.toMatch(/href="javascript:/i);
      expect(html, page).not.toContain('evil.example');
      // The title's markup is shown as text, escaped.
      expect(html, page).toContain('&lt;script&gt;window.pwned');
    }
  });

  it('gives RSS readers the deck as text: once the feed’s XML is parsed, its description holds no markup to render', () => {
    const xml = readFileSync(join(built.outDir, 'en/feed.xml'), 'utf8');
    const item = xml.split('<item>').find((i) => i.includes(ID))!;
    const description = item.match(/<description>([\s\S]*?)<\/description>/)![1]!;
    // What an XML parser hands the reader's HTML renderer.
    const parsed = description
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(parsed).not.toMatch(/<img|<script/i);
    expect(parsed).toContain('Deck &lt;img src=x onerror=&quot;window.pwned = 1&quot;&gt;');
  });

  // Every page of the site, with the Content-Security-Policy switched off: the markup must be inert by itself,
  // not only stopped by the policy.
  it('runs nothing from any record’s field on any page, even without the security policy', async () => {
    const pages = listFiles(built.outDir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    const context = await browser.newContext({ bypassCSP: true });
    const tab = await context.newPage();
    const dialogs: string[] = [];
    const elsewhere: string[] = [];
    tab.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
    tab.on('request', (r) => {
      if (!r.url().startsWith(server.url.replace(/\/$/, ''))) elsewhere.push(r.url());
    });
    const shown = new Set<string>();
    try {
      for (const page of pages) {
        const path = page.replace(/index\.html$/, '');
        await tab.goto(server.url + path, { waitUntil: 'load' });
        expect(await tab.evaluate('window.pwned'), path).toBeUndefined();
        // Only the site's own scripts (files, and JSON-LD that parses as JSON), no handler, no javascript: URL,
        // no frame, no inline style.
        const foreign = await tab.evaluate(`[...document.querySelectorAll('*')].filter((el) => {
            if (el.tagName === 'SCRIPT') {
              if (el.type === 'application/ld+json') { try { JSON.parse(el.textContent); return false; } catch { return true; } }
              return !(el.getAttribute('src') || '').includes('/_astro/');
            }
            return ['IFRAME', 'OBJECT', 'EMBED', 'BASE'].includes(el.tagName)
              || [...el.attributes].some((a) => /^on/i.test(a.name) || a.name === 'style' || /^\\s*javascript:/i.test(a.value));
          }).map((el) => el.outerHTML.slice(0, 100))`);
        expect(foreign, path).toEqual([]);
        // The fields' markup is shown as text.
        const text = (await tab.evaluate('document.body.innerText')) as string;
        for (const field of ['person-en', 'person-ko', 'country-en', 'country-ko', 'topic-en', 'topic-ko', 'city-en', 'city-ko', 'role-jp', 'issuer']) {
          if (text.includes(`pwned='${field}'`)) shown.add(field);
        }
      }
    } finally {
      await context.close();
    }
    expect(dialogs).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect([...shown].sort()).toEqual([
      'city-en',
      'city-ko',
      'country-en',
      'country-ko',
      'issuer',
      'person-en',
      'person-ko',
      'role-jp',
      'topic-en',
      'topic-ko',
    ]);
  });

  // RSS titles are plain text (a title's markup is printed, as on the page); descriptions are HTML, so theirs must
  // come out as text once rendered.
  it('gives feed readers text: every description of every feed, parsed as XML and then as HTML, holds no markup', async () => {
    const feeds = listFiles(built.outDir).filter((f) => f.endsWith('.xml') && !f.startsWith('sitemap'));
    expect(feeds.length).toBeGreaterThan(1);
    const tab = await browser.newPage();
    try {
      await tab.goto(server.url);
      for (const feed of feeds) {
        const xml = readFileSync(join(built.outDir, feed), 'utf8');
        // What a feed reader does: parse the XML, then render each title and description as HTML.
        const found = (await tab.evaluate(
          `(() => {
            const doc = new DOMParser().parseFromString(${JSON.stringify(xml)}, 'application/xml');
            if (doc.querySelector('parsererror')) return ['not XML'];
            return [...doc.querySelectorAll('item > description, channel > description')].flatMap((el) => {
              const html = new DOMParser().parseFromString(el.textContent, 'text/html');
              return [...html.body.querySelectorAll('*')].map((x) => x.outerHTML.slice(0, 80));
            });
          })()`,
        )) as string[];
        expect(found, feed).toEqual([]);
      }
    } finally {
      await tab.close();
    }
  });

  // The search text is the text the page shows (issue 16, point 6): what a sanitizer removes from the page
  // (a style sheet, a frame's srcdoc, a script) is not found, and an excerpt shows markup as printed text.
  for (const lang of ['ko', 'en'] as const) {
    it(`indexes for search only what the page shows, and its excerpts run nothing (${lang})`, async () => {
      const tab = await browser.newPage();
      const search = async (q: string) => {
        await tab.goto(`${server.url}${lang}/search/?q=${encodeURIComponent(q)}`);
        await tab.waitForFunction(() => {
          const status = document.querySelector('[data-search-status]')?.textContent ?? '';
          return status !== '' && !/…$/.test(status);
        });
        return tab.locator(`[data-search-results] .search-result[data-url*="${ID}"]`);
      };
      try {
        for (const hidden of ['display', 'parent.pwned', 'evil']) expect(await (await search(hidden)).count(), hidden).toBe(0);
        const seen = await search(lang === 'ko' ? '덮어씌우기' : 'Bold');
        expect(await seen.count()).toBeGreaterThan(0);
        // Every excerpt (the paragraphs that matched, or the page's): text and <mark> only.
        const excerpts = seen.first().locator('.excerpt');
        expect(await excerpts.count()).toBeGreaterThan(0);
        expect(await excerpts.first().locator('mark').count()).toBeGreaterThan(0);
        expect(await excerpts.locator(':not(mark)').count()).toBe(0);
        expect(await tab.evaluate('window.pwned')).toBeUndefined();
      } finally {
        await tab.close();
      }
    });
  }

  for (const page of PAGES) {
    it(`runs nothing and loads nothing from the document in Chromium: /${page}`, async () => {
      const tab = await browser.newPage();
      const requests: string[] = [];
      const dialogs: string[] = [];
      tab.on('request', (r) => requests.push(r.url()));
      tab.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
      try {
        await tab.goto(server.url + page, { waitUntil: 'load' });
        // Hover, focus and click everything in the text, as a reader would.
        const body = tab.locator('main .article-body, main .parallel');
        for (const el of await body.locator('*').all()) {
          await el.hover({ timeout: 100 }).catch(() => {});
          await el.focus().catch(() => {});
        }
        // The links the payloads made (the body's links to person pages are the archive's own).
        for (const link of await body.locator('a', { hasText: /링크|Markdown link|click/ }).all())
          await link.click({ timeout: 1000, noWaitAfter: true }).catch(() => {});
        await tab.waitForTimeout(200);
        expect(await tab.evaluate('window.pwned')).toBeUndefined();
        expect(dialogs).toEqual([]);
        expect(tab.url()).toBe(server.url + page);
        expect(requests.filter((url) => !url.startsWith(server.url.replace(/\/$/, '')))).toEqual([]);
        const active =
          await tab.evaluate(`[...document.querySelectorAll('main script, main iframe, main form, main object, main embed, main input, main button, main style, main [style], main svg, body *')]
          .filter((el) => el.closest('main') && !el.closest('[data-cite]') && (el.matches('script, iframe, form, object, embed, input, button, style, [style], svg') || [...el.attributes].some((a) => /^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value))))
          .map((el) => el.outerHTML.slice(0, 80))`);
        expect(active).toEqual([]);
        // The text around the payloads is all there.
        const text = await body.innerText();
        expect(text).toMatch(/굵은 글씨|Bold/);
        expect(text).toMatch(/마지막 문단입니다|The last paragraph/);
        // A body id cannot take over the page's own #main.
        expect(await tab.evaluate(`document.querySelectorAll('#main').length`)).toBe(1);
      } finally {
        await tab.close();
      }
    });
  }
});
