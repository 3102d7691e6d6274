import type { Lang } from '../../schemas/index.ts';
import type { Archive, DocumentGroup, DocumentVersion } from '../model/archive.ts';
import { LOCALE, t } from '../i18n/index.ts';
import { meetingTitle } from '../model/meetings.ts';
import type { AbsoluteUrl } from './seo.ts';
import { paths } from '../model/urls.ts';

/** How many documents a feed carries: the latest, by publication date. */
export const FEED_SIZE = 50;

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  /** Plain text, escaped as HTML (what a reader's HTML shows as the text itself). */
  description: string;
  categories: string[];
}

export interface Feed {
  title: string;
  description: string;
  /** The feed's own absolute URL (atom:link rel="self"). */
  self: string;
  /** The site's home page in the feed's language. */
  home: string;
  language: string;
  items: FeedItem[];
}

/**
 * RSS readers render an item's description as HTML, and the feed's XML escaping is undone by the reader's XML
 * parser: the description is the text escaped once more, so a deck or publisher that reads `<img onerror=…>` is
 * shown as those characters, never run.
 */
const asHtmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Publication times are Korean local time; a release without one is dated at the start of its day in Seoul.
const publishedAt = (v: DocumentVersion) => new Date(`${v.published}T${v.publishedTime ?? '00:00'}:00+09:00`);

/** The document versions in `lang`, newest publication first (ties by id, so the order never varies). */
export function latestVersions(archive: Archive, lang: Lang, limit = FEED_SIZE): DocumentVersion[] {
  return archive.input.documents
    .filter((v) => v.lang === lang)
    .sort((a, b) => publishedAt(b).getTime() - publishedAt(a).getTime() || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** What a feed follows besides the whole archive: one counterpart country, one person or one topic. */
export type FeedScope = { kind: 'countries' | 'people' | 'topics'; id: string };

/** The groups of documents a scope's feed is made from: through the archive's relations, never a scan of all. */
function scopedGroups(archive: Archive, scope: FeedScope): DocumentGroup[] {
  if (scope.kind === 'topics') return archive.documentsOn(scope.id);
  const meetings = scope.kind === 'people' ? archive.meetingsOf(scope.id) : archive.meetingsWith(scope.id);
  return [...new Set(meetings.flatMap((m) => archive.documentsOf(m.id)))];
}

/** The latest versions in `lang` of the documents a scope follows. */
export function scopedVersions(archive: Archive, lang: Lang, scope: FeedScope, limit = FEED_SIZE): DocumentVersion[] {
  return scopedGroups(archive, scope)
    .flatMap((g) => (g.versions[lang] ? [g.versions[lang]] : []))
    .sort((a, b) => publishedAt(b).getTime() - publishedAt(a).getTime() || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** The name of what a scope follows, in `lang`. */
export function scopeName(archive: Archive, lang: Lang, scope: FeedScope): string {
  if (scope.kind === 'countries') return archive.country(scope.id).name[lang];
  if (scope.kind === 'people') return archive.person(scope.id).name[lang];
  return archive.topic(scope.id).name[lang];
}

/**
 * One language's RSS feed, of the whole archive or of one country, person or topic: each item says what kind of
 * source it is (and if it is a translation) before its sub-heading or, without one, the meeting it reports, so a
 * reader of the feed sees the provenance first.
 */
export function documentFeed(archive: Archive, lang: Lang, abs: AbsoluteUrl, scope?: FeedScope): Feed {
  const d = t(lang);
  const name = scope ? scopeName(archive, lang, scope) : undefined;
  const versions = scope ? scopedVersions(archive, lang, scope) : latestVersions(archive, lang);
  return {
    title: name ? d.feed.scopedTitle(name) : d.feed.title,
    // Readers render the channel's description as HTML too: a name that reads `<img …>` is shown, never run.
    description: asHtmlText(name ? d.feed.scopedDescription(name) : d.feed.description),
    self: abs(scope ? paths.scopedFeed(lang, scope.kind, scope.id) : paths.feed(lang)),
    home: abs(paths.home(lang)),
    language: LOCALE[lang],
    items: versions.map((v) => {
      const label = v.translation.status === 'original' ? d.kinds[v.source.kind] : `${d.kinds[v.source.kind]}, ${d.translation[v.translation.status]}`;
      const about = v.deck[0] ?? meetingTitle(archive, archive.meeting(v.meetings[0]!), lang);
      return {
        title: v.title,
        link: abs(paths.document(lang, v.id)),
        pubDate: publishedAt(v),
        description: asHtmlText(`[${label}] ${v.source.publisher[lang]}: ${about}`),
        categories: v.topics.map((id) => archive.topic(id).name[lang]),
      };
    }),
  };
}
