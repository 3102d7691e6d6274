import type { Lang } from '../../schemas/common.ts';

// Every internal link is built here, relative to the site root; `withBase` adds the deploy sub-path.
export const paths = {
  chooser: () => '/',
  home: (lang: Lang) => `/${lang}/`,
  meetings: (lang: Lang) => `/${lang}/meetings/`,
  meeting: (lang: Lang, id: string) => `/${lang}/meetings/${id}/`,
  meetingsFiltered: (lang: Lang, dimension: string, value: string) => `/${lang}/meetings/${dimension}/${value}/`,
  document: (lang: Lang, id: string) => `/${lang}/documents/${id}/`,
  /** The side-by-side page: one for both languages (its columns are in theirs). */
  parallel: (id: string) => `/documents/${id}/parallel/`,
  openData: (file: string) => `/data/${file}`,
  data: (lang: Lang) => `/${lang}/data/`,
  people: (lang: Lang) => `/${lang}/people/`,
  peopleByLatin: (lang: Lang) => `/${lang}/people/latin/`,
  person: (lang: Lang, id: string) => `/${lang}/people/${id}/`,
  countries: (lang: Lang) => `/${lang}/countries/`,
  country: (lang: Lang, code: string) => `/${lang}/countries/${code}/`,
  topics: (lang: Lang) => `/${lang}/topics/`,
  offices: (lang: Lang) => `/${lang}/offices/`,
  office: (lang: Lang, id: string) => `/${lang}/offices/${id}/`,
  trips: (lang: Lang) => `/${lang}/trips/`,
  trip: (lang: Lang, id: string) => `/${lang}/trips/#trip-${id}`,
  visits: (lang: Lang) => `/${lang}/visits/`,
  visit: (lang: Lang, id: string) => `/${lang}/visits/#visit-${id}`,
  topic: (lang: Lang, id: string) => `/${lang}/topics/${id}/`,
  year: (lang: Lang, year: string) => `/${lang}/${year}/`,
  search: (lang: Lang) => `/${lang}/search/`,
  searchTips: (lang: Lang) => `/${lang}/search/tips/`,
  feed: (lang: Lang) => `/${lang}/feed.xml`,
  /** The feed of one country, person or topic, beside its page. */
  scopedFeed: (lang: Lang, kind: 'countries' | 'people' | 'topics', id: string) => `/${lang}/${kind}/${id}/feed.xml`,
  sitemap: () => '/sitemap-index.xml',
  /**
   * A shard of a language's Pagefind bundle: the first holds pagefind.js, the runtime and the facet counts; the
   * others (lib/search/shards) only their index, merged into the first in the browser.
   */
  searchBundle: (lang: Lang, shard = 0) => (shard === 0 ? `/pagefind/${lang}/` : `/pagefind/${lang}-${shard}/`),
};

/** Prefixes a root-relative path with the base path (`/` or `/sub/path/`). */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}
