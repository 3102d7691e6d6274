/**
 * The archive's routes with many pages, as data: each route's pages (their params), the view a page renders from
 * (src/lib/browse: exactly what the page prints), and what stands for that view in its cache key. The pages
 * (src/pages) render from `view`; the build computes every page's key from the same definitions on a thread of
 * its own (src/integrations/page-keys-worker.ts), so the main thread neither computes nor keeps the views of the
 * pages it does not render. One definition for both: a key cannot leave out what its page prints.
 */
import { shardCounts } from '../search/shards.ts';
import { LANGS, type Lang } from '../../schemas/langs.ts';
import { countriesList, countryView } from '../browse/countries.ts';
import { documentView } from '../browse/document.ts';
import { homeView } from '../browse/home.ts';
import { tripsView, visitsView } from '../browse/journeys.ts';
import { meetingPage } from '../browse/meeting.ts';
import { filteredIndexViews, meetingIndexView } from '../browse/meeting-index.ts';
import type { Dimension } from '../browse/filters.ts';
import { hasParallel } from '../browse/parallel.ts';
import { officesView, officeView } from '../browse/offices.ts';
import { peopleList, personView } from '../browse/people.ts';
import { topicsList, topicView } from '../browse/topics.ts';
import { archiveYears, yearView } from '../browse/years.ts';
import type { Archive, DocumentGroup } from '../model/archive.ts';
import type { SiteLocation } from '../publish/citation/model.ts';
import { documentFeed, scopedVersions, type FeedScope } from '../publish/feed.ts';
import { OPEN_DATA_FILES } from '../publish/open-data.ts';
import { siteUrls } from '../publish/seo.ts';
import { digestOf } from './digest.ts';

type Params = Record<string, string>;

export interface RouteDef<P extends Params, V> {
  /** Every page of the route. */
  pages(archive: Archive): P[];
  /** What a page shows, from its params. */
  view(archive: Archive, location: SiteLocation, params: P): V;
  /** What stands for the view in the page's key, when the view holds large records other views share. */
  keyOf?(view: V): unknown;
}

const route = <P extends Params, V>(def: RouteDef<P, V>) => def;
const perLang = <V>(view: (archive: Archive, lang: Lang, location: SiteLocation) => V) =>
  route({
    pages: () => LANGS.map((lang) => ({ lang })),
    view: (archive, location, { lang }: { lang: Lang }) => ({ ...view(archive, lang, location), lang }),
  });

// Views computed for a whole language at once (the filter pages): once per archive and language.
const filterViews = new WeakMap<Archive, Partial<Record<Lang, ReturnType<typeof filteredIndexViews>>>>();
function filterView(archive: Archive, lang: Lang, dimension: string, value: string) {
  let byLang = filterViews.get(archive);
  if (!byLang) filterViews.set(archive, (byLang = {}));
  const views = (byLang[lang] ??= filteredIndexViews(archive, lang));
  return views.find((v) => v.current!.dimension === dimension && v.current!.value === value)!;
}

const shared = new WeakMap<object, string>();
/** The digest of a record shared by several views (a document version, in its article and its side-by-side page), once. */
function sharedDigest(record: object): string {
  let digest = shared.get(record);
  if (digest === undefined) shared.set(record, (digest = digestOf(record)));
  return digest;
}

const records = new WeakMap<Archive, string>();
/** The digest of all the archive's records, for the files made from all of them (the open data), once. */
function recordsDigest(archive: Archive): string {
  let digest = records.get(archive);
  if (digest === undefined) records.set(archive, (digest = digestOf(archive.input)));
  return digest;
}

export const ROUTES = {
  document: route({
    pages: (archive) => archive.input.documents.map((d) => ({ lang: d.lang, id: d.id })),
    view: (archive, location, { lang, id }: { lang: Lang; id: string }) => documentView(archive, archive.document(id).versions[lang]!, location),
    // The version (with its text) is also in the side-by-side page's view: digested once for both.
    keyOf: (view) => ({ ...view, version: sharedDigest(view.version) }),
  }),
  parallel: route({
    pages: (archive) => archive.documentGroups.filter(hasParallel).map((g) => ({ id: g.id })),
    // The two versions themselves: the page aligns and renders them.
    view: (archive, _location, { id }: { id: string }): Pick<DocumentGroup, 'id' | 'versions'> => ({ id, versions: archive.document(id).versions }),
    keyOf: (view) => ({ id: view.id, versions: { ko: sharedDigest(view.versions.ko!), en: sharedDigest(view.versions.en!) } }),
  }),
  meeting: route({
    pages: (archive) => LANGS.flatMap((lang) => archive.meetingsNewestFirst.map((m) => ({ lang, id: m.id }))),
    view: (archive, location, { lang, id }: { lang: Lang; id: string }) =>
      meetingPage(archive, archive.meeting(id), lang, siteUrls(location.site, location.base).abs),
  }),
  person: route({
    pages: (archive) => archive.input.people.flatMap((p) => LANGS.map((lang) => ({ lang, id: p.id }))),
    view: (archive, _location, { lang, id }: { lang: Lang; id: string }) => ({ lang, ...personView(archive, id, lang) }),
  }),
  country: route({
    pages: (archive) => archive.counterpartCountries().flatMap((c) => LANGS.map((lang) => ({ lang, code: c.id }))),
    view: (archive, _location, { lang, code }: { lang: Lang; code: string }) => ({ lang, ...countryView(archive, code, lang) }),
  }),
  office: route({
    pages: (archive) => archive.input.offices.flatMap((o) => LANGS.map((lang) => ({ lang, id: o.id }))),
    view: (archive, _location, { lang, id }: { lang: Lang; id: string }) => ({ lang, ...officeView(archive, id, lang) }),
  }),
  topic: route({
    pages: (archive) => topicsList(archive, 'ko').flatMap((x) => LANGS.map((lang) => ({ lang, id: x.id }))),
    view: (archive, _location, { lang, id }: { lang: Lang; id: string }) => ({ lang, ...topicView(archive, id, lang) }),
  }),
  year: route({
    pages: (archive) => archiveYears(archive).flatMap((year) => LANGS.map((lang) => ({ lang, year }))),
    view: (archive, _location, { lang, year }: { lang: Lang; year: string }) => ({ lang, ...yearView(archive, year, lang) }),
  }),
  filter: route({
    pages: (archive) =>
      LANGS.flatMap((lang) => filteredIndexViews(archive, lang).map((v) => ({ lang, dimension: v.current!.dimension as Dimension, value: v.current!.value }))),
    view: (archive, _location, { lang, dimension, value }: { lang: Lang; dimension: Dimension; value: string }) => filterView(archive, lang, dimension, value),
  }),
  meetingIndex: perLang((archive, lang) => meetingIndexView(archive, lang)),
  home: perLang((archive, lang) => homeView(archive, lang)),
  peopleByHangul: perLang((archive, lang) => ({ people: peopleList(archive, lang, 'ko') })),
  peopleByLatin: perLang((archive, lang) => ({ people: peopleList(archive, lang, 'en') })),
  countries: perLang((archive, lang) => ({ countries: countriesList(archive, lang) })),
  topics: perLang((archive, lang) => ({ topics: topicsList(archive, lang) })),
  offices: perLang((archive, lang) => officesView(archive, lang)),
  trips: perLang((archive, lang) => tripsView(archive, lang)),
  visits: perLang((archive, lang) => visitsView(archive, lang)),
  search: perLang((archive, lang) => ({
    years: [...new Set(archive.input.meetings.map((m) => m.date.slice(0, 4)))].sort(),
    countries: archive.counterpartCountries().map((c) => ({ id: c.id, name: c.name[lang] })),
    // The person filter's choices: who took part in a meeting, in the page's language's order.
    people: peopleList(archive, lang, lang)
      .filter((p) => p.meetings > 0)
      .map((p) => ({ id: p.id, name: p.sortedAs })),
    shards: shardCounts(archive.input.documents, LANGS),
  })),
  // The data page lists the files and the licence: nothing of it comes from the content.
  data: perLang(() => ({})),
  // The search tips are the dictionaries' text: nothing of them comes from the content either.
  searchTips: perLang(() => ({})),
  feed: perLang((archive, lang, location) => documentFeed(archive, lang, siteUrls(location.site, location.base).abs)),
  // A feed for each country, person and topic with a document in the language.
  scopedFeed: route({
    pages: (archive) => {
      const scopes: FeedScope[] = [
        ...archive.counterpartCountries().map((c) => ({ kind: 'countries' as const, id: c.id })),
        ...archive.input.people.map((p) => ({ kind: 'people' as const, id: p.id })),
        ...topicsList(archive, 'ko').map((x) => ({ kind: 'topics' as const, id: x.id })),
      ];
      return LANGS.flatMap((lang) => scopes.filter((s) => scopedVersions(archive, lang, s, 1).length).map((s) => ({ lang, scope: s.kind, id: s.id })));
    },
    view: (archive, location, { lang, scope, id }: { lang: Lang; scope: FeedScope['kind']; id: string }) =>
      documentFeed(archive, lang, siteUrls(location.site, location.base).abs, { kind: scope, id }),
  }),
  openData: route({
    pages: () => OPEN_DATA_FILES.map((file) => ({ file })),
    // Every file is made from all the archive's records and the base of its URLs: its view is their digest.
    view: (archive, location, { file }: { file: (typeof OPEN_DATA_FILES)[number] }) => ({ file, base: location.base, records: recordsDigest(archive) }),
  }),
} as const;

export type RouteName = keyof typeof ROUTES;
export type ParamsOf<N extends RouteName> = Parameters<(typeof ROUTES)[N]['view']>[2];
export type ViewOf<N extends RouteName> = ReturnType<(typeof ROUTES)[N]['view']>;

/** How a page is named in the keys: its route and its params. */
export const pageName = (name: RouteName, params: Params): string => `${name} ${JSON.stringify(params, Object.keys(params).sort())}`;

/**
 * The cache key of every page of these routes (all unless given): the digest of what stands for its view, and of whether the
 * archive is synthetic (every page's banner says so).
 */
export function routeKeys(archive: Archive, location: SiteLocation, names: readonly RouteName[] = Object.keys(ROUTES) as RouteName[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const name of names) {
    const def = ROUTES[name] as RouteDef<Params, unknown>;
    for (const params of def.pages(archive)) {
      const view = def.view(archive, location, params);
      keys.set(pageName(name, params), digestOf([archive.synthetic, def.keyOf ? def.keyOf(view) : view]));
    }
  }
  return keys;
}
