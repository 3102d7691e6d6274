/**
 * What a document's page shows: the version itself (its text is rendered on the page), its other language
 * version, the meetings it reports, the other documents about them, the meetings before and after, its
 * citation and its head's metadata — resolved to what is printed, so the view holds exactly what the page
 * shows (its cache key is the view's digest: src/lib/build/routes.ts).
 */
import type { Lang } from '../../schemas/index.ts';
import { otherLang } from '../i18n/index.ts';
import type { Archive, DocumentVersion } from '../model/archive.ts';
import { paths } from '../model/urls.ts';
import { NameMatcher, type RunsMemory } from '../names/matcher.ts';
import { citationMeta, type MetaTag } from '../publish/citation/meta.ts';
import { citationOf, type Citation, type SiteLocation } from '../publish/citation/model.ts';
import { siteUrls } from '../publish/seo.ts';
import { documentArticle } from '../publish/structured-data.ts';
import {
  documentListItems,
  meetingBox,
  meetingLink,
  pagerView,
  type DocumentListItem,
  type MeetingBoxView,
  type MeetingLink,
  type PagerView,
} from './meeting.ts';

export interface DocumentView {
  version: DocumentVersion;
  /**
   * The part of the people registry the names linked in the body depend on (NameMatcher.dependencies): the
   * body is rendered on the page with the whole registry, and this is what its links can change with.
   */
  bodyNames: string[];
  other: Lang;
  /** The other language version's title, when the archive has it (it is linked, and read side by side). */
  otherTitle?: string;
  /** The page in each language the document has, for the head's hreflang links. */
  alternates: Partial<Record<Lang, string>>;
  /** The meeting the document is about (the first it names) and those reported alongside it. */
  meeting: MeetingBoxView;
  alsoReported: MeetingLink[];
  /** Whether the original a translation was made from is in the archive. */
  hasOriginal: boolean;
  topics: string[];
  related: DocumentListItem[];
  pager: PagerView;
  citation: Citation;
  citationMeta: MetaTag[];
  jsonLd: Record<string, unknown>;
}

const matchers = new WeakMap<Archive, Partial<Record<Lang, NameMatcher>>>();
const memories = new WeakMap<Archive, (lang: Lang) => RunsMemory>();

/** What the bodies' names were found to depend on by an earlier build with the same registry (the cache keys' worker). */
export function rememberBodyNames(archive: Archive, memory: (lang: Lang) => RunsMemory): void {
  memories.set(archive, memory);
}

/** The registry entries the person links of a body in its language can depend on. */
export function bodyNames(archive: Archive, version: DocumentVersion): string[] {
  let byLang = matchers.get(archive);
  if (!byLang) matchers.set(archive, (byLang = {}));
  const matcher = (byLang[version.lang] ??= new NameMatcher(archive.input.people, { lang: version.lang, memory: memories.get(archive)?.(version.lang) }));
  return matcher.dependencies(version.body);
}

export function documentView(archive: Archive, version: DocumentVersion, location: SiteLocation): DocumentView {
  const { lang, id } = version;
  const group = archive.document(id);
  const other = otherLang(lang);
  const otherVersion = group.versions[other];
  const [meeting, ...alsoReported] = archive.meetingsReportedBy(version);
  const from = version.translation.from;
  const citation = citationOf(archive, version, location);
  return {
    version,
    bodyNames: bodyNames(archive, version),
    other,
    ...(otherVersion ? { otherTitle: otherVersion.title } : {}),
    alternates: Object.fromEntries(Object.keys(group.versions).map((l) => [l, paths.document(l as Lang, id)])),
    meeting: meetingBox(archive, meeting!, lang),
    alsoReported: alsoReported.map((m) => meetingLink(archive, m, lang)),
    hasOriginal: !!(from && group.versions[from]),
    topics: version.topics.map((t) => archive.topic(t).name[lang]),
    related: documentListItems(archive.relatedDocuments(version), lang),
    pager: pagerView(archive, lang, archive.neighbours(version)),
    citation,
    citationMeta: citationMeta(citation),
    jsonLd: documentArticle(archive, version, siteUrls(location.site, location.base).abs),
  };
}
