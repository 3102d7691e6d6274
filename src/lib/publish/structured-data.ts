import type { Lang, MeetingData } from '../../schemas/index.ts';
import type { Archive, DocumentVersion } from '../model/archive.ts';
import { LOCALE, otherLang, t } from '../i18n/index.ts';
import { meetingTitle } from '../model/meetings.ts';
import type { AbsoluteUrl } from './seo.ts';
import { paths } from '../model/urls.ts';

/**
 * schema.org JSON-LD for search engines: a document version as an article, a meeting as an event with its
 * participants. Everything is built from the archive's records, in the page's language.
 */

type Json = { [key: string]: unknown };

const ARTICLE_TYPES = { official: 'Article', news: 'NewsArticle', blog: 'BlogPosting' } as const;

// Meeting times are local to the place and the records hold no time zone, so only the date (or the date and
// the local time without an offset, which schema.org allows) is given.
const startDate = (m: MeetingData) => (m.time ? `${m.date}T${m.time}` : m.date);

const country = (archive: Archive, code: string, lang: Lang) => ({
  '@type': 'Country',
  name: archive.country(code).name[lang],
  identifier: code.toUpperCase(),
});

function location(archive: Archive, m: MeetingData, lang: Lang): Json {
  if (!m.place) return { '@type': 'VirtualLocation', name: t(lang).formats[m.format] };
  const name = m.place.venue?.[lang] ?? m.place.city?.[lang] ?? archive.country(m.place.country).name[lang];
  return {
    '@type': 'Place',
    name,
    address: {
      '@type': 'PostalAddress',
      ...(m.place.city ? { addressLocality: m.place.city[lang] } : {}),
      addressCountry: m.place.country.toUpperCase(),
    },
  };
}

/**
 * A meeting as a schema.org Event, on the meeting's own page: when, where (or by what means), who took part in
 * what role, and the documents that report it. Articles refer to it by its id.
 */
export function meetingEvent(archive: Archive, m: MeetingData, lang: Lang, abs: AbsoluteUrl): Json {
  const url = abs(paths.meeting(lang, m.id));
  return {
    '@type': 'Event',
    '@id': `${url}#event`,
    name: meetingTitle(archive, m, lang),
    url,
    startDate: startDate(m),
    ...(m.durationMinutes ? { duration: `PT${m.durationMinutes}M` } : {}),
    eventAttendanceMode: `https://schema.org/${m.format === 'in-person' ? 'Offline' : 'Online'}EventAttendanceMode`,
    eventStatus: 'https://schema.org/EventScheduled',
    location: location(archive, m, lang),
    inLanguage: LOCALE[lang],
    ...(m.occasion ? { superEvent: { '@type': 'Event', name: m.occasion[lang] } } : {}),
    ...(m.host ? { organizer: { '@type': 'Organization', name: m.host[lang] } } : {}),
    attendee: m.participants.map((p) => {
      const person = archive.person(p.person);
      return {
        '@type': 'Person',
        '@id': `${abs(paths.person(lang, person.id))}#person`,
        name: person.name[lang],
        alternateName: person.name[otherLang(lang)],
        jobTitle: p.role[lang],
        affiliation: country(archive, p.side, lang),
        url: abs(paths.person(lang, person.id)),
      };
    }),
    subjectOf: archive.documentsOf(m.id).map((g) => {
      const v = g.versions[lang] ?? g.primary;
      return { '@type': ARTICLE_TYPES[v.source.kind], headline: v.title, inLanguage: LOCALE[v.lang], url: abs(paths.document(v.lang, v.id)) };
    }),
  };
}

/** A document version as a schema.org Article (NewsArticle, BlogPosting), about the meetings it reports. */
export function documentArticle(archive: Archive, doc: DocumentVersion, abs: AbsoluteUrl): Json {
  const lang = doc.lang;
  const d = t(lang);
  const url = abs(paths.document(lang, doc.id));
  const group = archive.document(doc.id);
  const versionRef = (l: Lang) => ({ '@id': `${abs(paths.document(l, doc.id))}#document`, url: abs(paths.document(l, doc.id)), inLanguage: LOCALE[l] });
  const from = doc.translation.from;
  const original =
    from && group.versions[from]
      ? versionRef(from)
      : from && doc.translation.originalUrl
        ? { url: doc.translation.originalUrl, inLanguage: LOCALE[from] }
        : undefined;
  const translations = (Object.keys(group.versions) as Lang[]).filter((l) => l !== lang && group.versions[l]?.translation.from === lang);
  return {
    '@type': ARTICLE_TYPES[doc.source.kind],
    '@id': `${url}#document`,
    url,
    mainEntityOfPage: url,
    headline: doc.title,
    ...(doc.deck.length ? { alternativeHeadline: doc.deck.join(' / ') } : {}),
    genre: d.kinds[doc.source.kind],
    inLanguage: LOCALE[lang],
    // Publication times are Korean local time (the ministry and the Korean outlets print KST).
    datePublished: doc.publishedTime ? `${doc.published}T${doc.publishedTime}:00+09:00` : doc.published,
    author: doc.source.author ? { '@type': 'Person', name: doc.source.author } : { '@type': 'Organization', name: doc.issuer[lang] },
    publisher: { '@type': 'Organization', name: doc.source.publisher[lang] },
    ...(doc.source.url ? { isBasedOn: doc.source.url } : {}),
    ...(doc.topics.length ? { keywords: doc.topics.map((id) => archive.topic(id).name[lang]).join(', ') } : {}),
    ...(original ? { translationOfWork: original } : {}),
    ...(doc.translation.by ? { translator: { '@type': 'Organization', name: doc.translation.by } } : {}),
    ...(translations.length ? { workTranslation: translations.map(versionRef) } : {}),
    // The meetings it reports, by reference: each meeting's own page describes it in full (participants, place).
    about: doc.meetings.map((id) => {
      const m = archive.meeting(id);
      const url = abs(paths.meeting(lang, id));
      return { '@type': 'Event', '@id': `${url}#event`, name: meetingTitle(archive, m, lang), url, startDate: startDate(m) };
    }),
    isPartOf: { '@type': 'WebSite', name: d.siteName, url: abs(paths.home(lang)) },
  };
}

/** The JSON-LD script body for a node: with its context, and safe inside `<script>` (no `</script>`, no `<!--`). */
export function jsonLd(node: Json): string {
  return JSON.stringify({ '@context': 'https://schema.org', ...node }).replace(/</g, '\\u003c');
}
