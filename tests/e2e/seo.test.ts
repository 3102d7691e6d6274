import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { servedSite } from './support/browser.ts';
import { builtPages, metaValues, tagsOf, type Tag } from './support/pages.ts';

// The default build's SITE_URL and BASE_PATH (see src/lib/model/site.ts).
const SITE = 'http://localhost:4321';

const linksOf = (tags: Tag[], rel: string) => tags.filter((t) => t.name === 'link' && t.attrs.rel === rel);
const hreflangs = (tags: Tag[]) =>
  linksOf(tags, 'alternate')
    .filter((t) => t.attrs.hrefLang && !t.attrs.type)
    .map((t) => `${t.attrs.hrefLang} ${t.attrs.href}`);

describe('search engines, sharing and feeds (검색 엔진·공유·피드)', () => {
  const dist = inject('distDir');
  const pages = builtPages(dist).filter((p) => p.path !== '/404.html');
  const exists = (path: string) => existsSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));
  const fileOf = (url: string) => {
    expect(url.startsWith(`${SITE}/`), url).toBe(true);
    return url.slice(SITE.length);
  };
  const site = servedSite();

  it('gives every page one canonical URL, Open Graph and Twitter card tags, in its own language', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const head = tagsOf(page.html);
      const canonical = linksOf(head, 'canonical').map((t) => t.attrs.href);
      expect(canonical, page.path).toEqual([`${SITE}${page.path}`]);
      expect(metaValues(head, 'og:url'), page.path).toEqual(canonical);
      // Twitter and X fall back on og:title and og:description: twitter:title and twitter:description would repeat them.
      for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:locale', 'twitter:card']) {
        expect(metaValues(head, key)[0], `${page.path} ${key}`).toBeTruthy();
      }
      const lang = /<html lang="(ko|en)"/.exec(page.html)![1];
      expect(metaValues(head, 'og:locale'), page.path).toEqual([lang === 'ko' ? 'ko_KR' : 'en_GB']);
    }
  });

  it('links every page to its other language version with hreflang ko, en and x-default, and only when it exists', () => {
    let paired = 0;
    let single = 0;
    for (const page of pages) {
      const m = /^\/(ko|en)(\/.*)$/.exec(page.path);
      const other = m ? `/${m[1] === 'ko' ? 'en' : 'ko'}${m[2]}` : undefined;
      const head = tagsOf(page.html);
      // The side-by-side pages are one page for both languages: no other version to point to.
      if (!m && page.path !== '/') {
        expect(hreflangs(head), page.path).toEqual([]);
        single++;
        continue;
      }
      if (!m || exists(other!)) {
        const ko = m ? `/ko${m[2]}` : '/ko/';
        const en = m ? `/en${m[2]}` : '/en/';
        const home = !m || m[2] === '/';
        expect(hreflangs(head), page.path).toEqual([`ko ${SITE}${ko}`, `en ${SITE}${en}`, `x-default ${SITE}${home ? '/' : ko}`]);
        paired++;
      } else {
        expect(hreflangs(head), page.path).toEqual([]);
        single++;
      }
    }
    expect(paired).toBeGreaterThan(50);
    // The 2018 report and the blog post exist in Korean only.
    expect(single).toBeGreaterThanOrEqual(2);
  });

  it('lists every page in the sitemap with the same alternates, and robots.txt points to it', async () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    const sitemapUrl = /^Sitemap: (\S+)$/m.exec(robots)![1]!;
    expect(sitemapUrl).toBe(`${SITE}/sitemap-index.xml`);
    const tab = await site.browser.newPage();
    try {
      await tab.goto(site.server.url);
      const parse = (xml: string) =>
        tab.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'application/xml');
          if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent };
          const urls = [...doc.getElementsByTagName('url')].map((u) => ({
            loc: u.getElementsByTagName('loc')[0]!.textContent!,
            links: [...u.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`),
          }));
          const sitemaps = [...doc.getElementsByTagName('sitemap')].map((s) => s.getElementsByTagName('loc')[0]!.textContent!);
          return { urls, sitemaps };
        }, xml);
      const index = await parse(readFileSync(join(dist, fileOf(sitemapUrl)), 'utf8'));
      expect(index.error).toBeUndefined();
      const urls = [];
      for (const s of index.sitemaps!) {
        const part = await parse(readFileSync(join(dist, fileOf(s)), 'utf8'));
        expect(part.error).toBeUndefined();
        urls.push(...part.urls!);
      }
      expect(urls.map((u) => fileOf(u.loc)).sort()).toEqual(pages.map((p) => p.path).sort());
      for (const u of urls) {
        const page = pages.find((p) => p.path === fileOf(u.loc))!;
        expect(u.links, u.loc).toEqual(hreflangs(tagsOf(page.html)));
      }
    } finally {
      await tab.close();
    }
  });

  it('describes every document as an article and every meeting as an event with its participants (JSON-LD)', () => {
    const meetings = JSON.parse(readFileSync(join(dist, 'data/meetings.json'), 'utf8')).meetings as {
      id: string;
      participants: { names: { ko: string; en: string } }[];
      date: string;
    }[];
    let articles = 0;
    let events = 0;
    for (const page of pages) {
      const scripts = tagsOf(page.html).filter((t) => t.name === 'script' && t.attrs.type === 'application/ld+json');
      const doc = /^\/(ko|en)\/documents\/[^/]+\/$/.exec(page.path);
      const meeting = /^\/(ko|en)\/meetings\/(\d{4}-[^/]+)\/$/.exec(page.path);
      if (!doc && !meeting) continue;
      expect(scripts, page.path).toHaveLength(1);
      const data = JSON.parse(scripts[0]!.text);
      expect(data['@context']).toBe('https://schema.org');
      const h1 = tagsOf(page.html, 'all').find((t) => t.name === 'h1')!.text;
      if (doc) {
        expect(['Article', 'NewsArticle', 'BlogPosting']).toContain(data['@type']);
        expect(data.headline, page.path).toBe(h1);
        expect(data.url).toBe(`${SITE}${page.path}`);
        expect(data.about.length).toBeGreaterThan(0);
        for (const event of data.about) expect(exists(fileOf(event.url)), event.url).toBe(true);
        articles++;
      } else {
        const lang = meeting![1] as 'ko' | 'en';
        const record = meetings.find((m) => m.id === meeting![2])!;
        expect(data['@type']).toBe('Event');
        expect(data.name, page.path).toBe(h1);
        expect(data.startDate.slice(0, 10)).toBe(record.date);
        expect(data.attendee.map((a: { name: string }) => a.name)).toEqual(record.participants.map((p) => p.names[lang]));
        for (const a of data.attendee) expect(exists(fileOf(a.url)), a.url).toBe(true);
        events++;
      }
    }
    expect(articles).toBe(pages.filter((p) => /^\/(ko|en)\/documents\/[^/]+\/$/.test(p.path)).length);
    expect(events).toBe(meetings.length * 2);
  });

  it('offers an RSS feed per language, linked from every page head, with the latest documents of that language', async () => {
    for (const page of [...pages, ...builtPages(dist).filter((p) => p.path === '/404.html')]) {
      const feeds = linksOf(tagsOf(page.html), 'alternate').filter((t) => t.attrs.type === 'application/rss+xml');
      expect(
        feeds.map((f) => f.attrs.href),
        page.path,
      ).toEqual(expect.arrayContaining([`${SITE}/ko/feed.xml`, `${SITE}/en/feed.xml`]));
      expect(
        feeds.every((f) => f.attrs.title),
        page.path,
      ).toBe(true);
    }
    const tab = await site.browser.newPage();
    try {
      for (const lang of ['ko', 'en'] as const) {
        const res = await tab.goto(`${site.server.url}${lang}/feed.xml`);
        expect(res?.status()).toBe(200);
        const feed = await tab.evaluate(async (url) => {
          const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
          if (doc.querySelector('parsererror')) return { error: doc.querySelector('parsererror')!.textContent };
          const text = (el: Element, tag: string) => el.getElementsByTagName(tag)[0]?.textContent ?? '';
          const channel = doc.getElementsByTagName('channel')[0]!;
          return {
            title: text(channel, 'title'),
            language: text(channel, 'language'),
            items: [...doc.getElementsByTagName('item')].map((i) => ({
              title: text(i, 'title'),
              link: text(i, 'link'),
              date: Date.parse(text(i, 'pubDate')),
              description: text(i, 'description'),
            })),
          };
        }, `${site.server.url}${lang}/feed.xml`);
        expect(feed.error).toBeUndefined();
        expect(feed.language).toBe(lang === 'ko' ? 'ko-KR' : 'en-GB');
        const versions = pages.filter((p) => new RegExp(`^/${lang}/documents/[^/]+/$`).test(p.path));
        expect(feed.items).toHaveLength(Math.min(50, versions.length));
        const dates = feed.items!.map((i) => i.date);
        expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
        expect(dates).toEqual([...dates].sort((a, b) => b - a));
        for (const item of feed.items!) {
          const page = versions.find((p) => `${SITE}${p.path}` === item.link);
          expect(page, item.link).toBeDefined();
          expect(item.title).toBe(tagsOf(page!.html, 'all').find((t) => t.name === 'h1')!.text);
          expect(item.description).toMatch(/^\[[^\]]+\] /);
        }
      }
    } finally {
      await tab.close();
    }
  });
});
