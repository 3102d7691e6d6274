import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../../support/files.ts';

export interface BrokenLink {
  page: string;
  link: string;
}

export interface CrawlResult {
  /** HTML pages crawled. */
  pages: number;
  /** Other files whose URLs were followed: sitemaps, feeds, data files. */
  files: number;
  /** Internal links followed (relative, root-relative, and absolute ones on SITE_URL). */
  links: number;
  /** Absolute SITE_URL links among them (canonical, hreflang, Open Graph, feeds, sitemap, JSON-LD). */
  absolute: number;
  broken: BrokenLink[];
}

const LOCAL = 'http://site';

/**
 * Every internal link of a built site, checked against the files of `dist/` as a host serves them under `base`:
 * each page's href/src (and URL-valued meta content), and every absolute URL on SITE_URL written into pages,
 * sitemaps, feeds and data files. A fragment must name an element of its page.
 */
export function crawlBuiltSite(dist: string, base: string, site = 'http://localhost:4321'): CrawlResult {
  const root = new URL(base, site).href;
  const broken: BrokenLink[] = [];
  let links = 0;
  let absolute = 0;
  const files = listFiles(dist);
  const html = files.filter((f) => f.endsWith('.html'));
  const others = files.filter((f) => /\.(?:xml|json|txt|bib|ris)$/.test(f) && !f.startsWith('pagefind/'));

  // Fragments of absolute URLs in text are JSON-LD node ids (`…/#event`), not anchors: only links' are checked.
  const check = (from: string, link: string, pageUrl: URL, anchors = true) => {
    let url = new URL(link, pageUrl);
    if (url.href.startsWith(root)) {
      absolute++;
      url = new URL(url.href.slice(root.length), `${LOCAL}${base}`);
    } else if (url.origin !== LOCAL) return;
    links++;
    if (!url.pathname.startsWith(base)) return broken.push({ page: from, link });
    const target = join(dist, decodeURIComponent(url.pathname.slice(base.length)));
    const file = url.pathname.endsWith('/') ? join(target, 'index.html') : target;
    if (!existsSync(file)) return broken.push({ page: from, link });
    if (anchors && url.hash && url.pathname.endsWith('/') && !readFileSync(file, 'utf8').includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) {
      broken.push({ page: from, link });
    }
  };

  const absoluteUrls = (text: string) =>
    [...text.matchAll(new RegExp(`${root.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}[^"'<>{},)\\]\\s\\\\]*`, 'g'))].map((m) => m[0]);

  for (const file of html) {
    const text = readFileSync(join(dist, file), 'utf8');
    const pageUrl = new URL(`${base}${file.replace(/(^|\/)index\.html$/, '$1')}`, LOCAL);
    for (const [, raw] of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) check(file, raw!.replace(/&amp;/g, '&'), pageUrl);
    // Absolute URLs elsewhere in the page: meta content (og:url), JSON-LD, citation formats (as text: entities read).
    const rest = text
      .replace(/\s(?:href|src)="[^"]*"/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    for (const url of absoluteUrls(rest)) check(file, url, pageUrl, false);
  }
  for (const file of others) {
    for (const url of absoluteUrls(readFileSync(join(dist, file), 'utf8'))) check(file, url, new URL(`${base}${file}`, LOCAL), false);
  }
  return { pages: html.length, files: others.length, links, absolute, broken };
}
