import { describe, expect, it } from 'vitest';
import { hreflangAlternates, ogLocale, siteUrls, sitemapAlternates, versionsOfPath } from '../../../src/lib/publish/seo.ts';

describe('language versions for search engines (검색 엔진용 언어판)', () => {
  it('list both languages and Korean as x-default when a page has a counterpart', () => {
    expect(hreflangAlternates({ ko: '/ko/meetings/', en: '/en/meetings/' })).toEqual([
      { hreflang: 'ko', path: '/ko/meetings/' },
      { hreflang: 'en', path: '/en/meetings/' },
      { hreflang: 'x-default', path: '/ko/meetings/' },
    ]);
  });

  it('send x-default of the home pages to the language chooser', () => {
    expect(hreflangAlternates({ en: '/en/', ko: '/ko/' }).at(-1)).toEqual({ hreflang: 'x-default', path: '/' });
  });

  it('give no alternates to a page that exists in one language only (an untranslated report)', () => {
    expect(hreflangAlternates({ ko: '/ko/documents/2018-06-29-x/' })).toEqual([]);
    expect(hreflangAlternates({})).toEqual([]);
  });

  it("find a path's versions among the built pages", () => {
    const built = new Set(['/ko/documents/a/', '/en/documents/a/', '/ko/documents/b/']);
    expect(versionsOfPath('/ko/documents/a/', (p) => built.has(p))).toEqual({ ko: '/ko/documents/a/', en: '/en/documents/a/' });
    expect(versionsOfPath('/ko/documents/b/', (p) => built.has(p))).toEqual({ ko: '/ko/documents/b/' });
    expect(versionsOfPath('/', () => false)).toEqual({ ko: '/ko/', en: '/en/' });
    expect(versionsOfPath('/data/meetings.json', () => true)).toEqual({});
  });

  it('give sitemap URLs the same alternates as the pages, under the deploy base', () => {
    const root = 'https://example.org/archive/';
    const built = new Set(['/ko/people/x/', '/en/people/x/']);
    expect(sitemapAlternates(`${root}en/people/x/`, root, (p) => built.has(p))).toEqual([
      { lang: 'ko', url: `${root}ko/people/x/` },
      { lang: 'en', url: `${root}en/people/x/` },
      { lang: 'x-default', url: `${root}ko/people/x/` },
    ]);
    expect(sitemapAlternates(`${root}ko/people/y/`, root, (p) => built.has(p))).toEqual([]);
    expect(sitemapAlternates('https://elsewhere.org/ko/', root, () => true)).toEqual([]);
  });

  it('make absolute URLs from SITE_URL and BASE_PATH', () => {
    const { href, abs } = siteUrls('https://example.org', '/archive/');
    expect(href('/ko/')).toBe('/archive/ko/');
    expect(abs('/en/documents/a/')).toBe('https://example.org/archive/en/documents/a/');
    expect(siteUrls(new URL('https://example.org'), '/').abs('/')).toBe('https://example.org/');
  });

  it('name locales the way Open Graph wants them', () => {
    expect(ogLocale('ko')).toBe('ko_KR');
    expect(ogLocale('en')).toBe('en_GB');
  });
});
