import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../support/files.ts';

const dist = inject('distDir');
const pages = listFiles(dist).filter((f) => f.endsWith('.html'));
const read = (f: string) => readFileSync(join(dist, f), 'utf8');

/** Stylesheets a page links, as files of dist/. */
const stylesheets = (html: string) => [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="\/([^"]+)"/g)].map((m) => m[1]!);

describe('page weight', () => {
  const articles = pages.filter((f) => /^(ko|en)\/documents\/[^/]+\/index\.html$/.test(f));
  // Side-by-side pages carry both versions: they get twice an article's budget.
  const parallel = pages.filter((f) => /^documents\/[^/]+\/parallel\/index\.html$/.test(f));

  it('keeps every article page within 40 KB of HTML + CSS', () => {
    expect(articles.length).toBe(6);
    for (const file of articles) {
      const html = read(file);
      const bytes = Buffer.byteLength(html) + stylesheets(html).reduce((sum, css) => sum + statSync(join(dist, css)).size, 0);
      expect(bytes, file).toBeLessThanOrEqual(40 * 1024);
    }
  });

  it('keeps every side-by-side page within 80 KB of HTML + CSS', () => {
    expect(parallel.length).toBe(2);
    for (const file of parallel) {
      const html = read(file);
      const bytes = Buffer.byteLength(html) + stylesheets(html).reduce((sum, css) => sum + statSync(join(dist, css)).size, 0);
      expect(bytes, file).toBeLessThanOrEqual(80 * 1024);
    }
  });

  it('loads no JavaScript on side-by-side pages, and on articles only the citation formats’ save buttons and the search-term highlighter’s loader (each under 1 KB)', () => {
    // JSON-LD is data for search engines, never run: every other script element is JavaScript.
    const scripts = (html: string) =>
      [...html.replace(/<script type="application\/ld\+json">[^<]*<\/script>/g, '').matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
    for (const file of [...articles, ...parallel]) {
      const html = read(file);
      expect(html, file).not.toMatch(/\son[a-z]+=/i);
      expect(html, file).not.toMatch(/<link[^>]+rel="modulepreload"/i);
      if (parallel.includes(file)) {
        expect(scripts(html), file).toEqual([]);
        continue;
      }
      const srcs = scripts(html).map((script) => /\ssrc="\/([^"]+)"/.exec(script)![1]!);
      expect(srcs, file).toEqual([expect.stringMatching(/^_astro\/CiteThis\./), expect.stringMatching(/^_astro\/_id_\./)]);
      for (const src of srcs) {
        const code = read(src);
        expect(Buffer.byteLength(code), src).toBeLessThan(1024);
        // Nothing more is loaded by either, but the highlighter when the address asks for it.
        expect(code.replace(/\bimport\(\w+\)/, ''), src).not.toMatch(/\bimport\b/);
      }
    }
  });

  it('loads nothing from another origin on any page', () => {
    for (const file of pages) {
      const html = read(file);
      // What a browser fetches by itself: scripts, styles, images, frames, fonts, preloads, inline CSS urls.
      const fetched = [
        ...html.matchAll(/<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\ssrc="([^"]+)"/gi),
        ...html.matchAll(/<link\b(?=[^>]*\srel="(?:stylesheet|preload|modulepreload|icon|manifest|prefetch|dns-prefetch|preconnect)")[^>]*\shref="([^"]+)"/gi),
        ...html.matchAll(/url\(\s*['"]?([^'")]+)/gi),
      ].map((m) => m[1]!);
      for (const url of fetched) expect(url, `${file} fetches ${url}`).not.toMatch(/^(?:[a-z]+:)?\/\//i);
    }
    for (const css of listFiles(dist).filter((f) => f.endsWith('.css'))) {
      expect(read(css)).not.toMatch(/url\(\s*['"]?(?:[a-z]+:)?\/\//i);
      expect(read(css)).not.toMatch(/@import/);
    }
  });
});
