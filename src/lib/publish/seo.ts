import { LANGS, type Lang } from '../../schemas/langs.ts';
import { DEFAULT_SITE } from '../model/site.ts';
import { LOCALE } from '../i18n/index.ts';
import { paths, withBase } from '../model/urls.ts';

/** Absolute URL of a root-relative path of the deployed site (SITE_URL + BASE_PATH). */
export type AbsoluteUrl = (path: string) => string;

/** Absolute and base-prefixed URLs of the deployed site (SITE_URL + BASE_PATH). */
export function siteUrls(site: string | URL | undefined, base: string): { href: (path: string) => string; abs: AbsoluteUrl } {
  const origin = String(site ?? DEFAULT_SITE);
  const href = (path: string) => withBase(base, path);
  return { href, abs: (path: string) => new URL(href(path), origin).href };
}

export interface Alternate {
  hreflang: string;
  path: string;
}

/**
 * The language versions of a page as `hreflang` alternates, when there is more than one. Korean, the
 * archive's first language (and the original of most releases), is the default; the two home pages point
 * to the language chooser instead, which is what `x-default` is meant for.
 */
export function hreflangAlternates(versions: Partial<Record<Lang, string>>): Alternate[] {
  const present = LANGS.filter((l) => versions[l]);
  if (present.length < 2) return [];
  const isHome = present.every((l) => versions[l] === paths.home(l));
  const xDefault = isHome ? paths.chooser() : versions[present[0]!]!;
  return [...present.map((l) => ({ hreflang: l, path: versions[l]! })), { hreflang: 'x-default', path: xDefault }];
}

/** The language versions of a root-relative path, as far as `exists` knows them: `/ko/x/` ↔ `/en/x/`. */
export function versionsOfPath(path: string, exists: (path: string) => boolean): Partial<Record<Lang, string>> {
  if (path === paths.chooser()) return Object.fromEntries(LANGS.map((l) => [l, paths.home(l)]));
  const m = /^\/(ko|en)(\/.*)$/.exec(path);
  if (!m) return {};
  return Object.fromEntries(LANGS.map((l) => [l, `/${l}${m[2]}`]).filter(([, p]) => exists(p!)));
}

export interface SitemapLink {
  url: string;
  lang: string;
}

/**
 * The `xhtml:link` alternates of one sitemap URL, by the same rule as the pages' own `hreflang` links.
 * `root` is SITE_URL + BASE_PATH; `exists` says whether a root-relative page path was built.
 */
export function sitemapAlternates(url: string, root: string, exists: (path: string) => boolean): SitemapLink[] {
  if (!url.startsWith(root)) return [];
  const toUrl = (p: string) => root + p.slice(1);
  const versions = versionsOfPath(`/${url.slice(root.length)}`, exists);
  return hreflangAlternates(versions).map((a) => ({ lang: a.hreflang, url: toUrl(a.path) }));
}

/** `ko_KR`, `en_GB`: the form Open Graph wants. */
export const ogLocale = (lang: Lang) => LOCALE[lang].replace('-', '_');
