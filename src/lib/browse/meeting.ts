/**
 * What pages show of a meeting: its box (facts, participants, related meetings), a link to it, the pager to
 * the meetings before and after, the documents reporting it, and the meeting's own page. Everything is
 * resolved to the words shown, so a page's view holds exactly what the page prints (its cache key is the
 * view's digest: src/lib/build/routes.ts).
 */
import type { Lang, MeetingData } from '../../schemas/index.ts';
import type { Archive, DocumentGroup } from '../model/archive.ts';
import { formatDate, formatDateRange } from '../model/dates.ts';
import { t } from '../i18n/index.ts';
import { paths } from '../model/urls.ts';
import { documentLinks, meetingTitle, placeLabel, whenLabel, type DocumentLink } from '../model/meetings.ts';
import type { AbsoluteUrl } from '../publish/seo.ts';
import { meetingEvent } from '../publish/structured-data.ts';

export interface MeetingLink {
  id: string;
  title: string;
  date: string;
  /** The date as shown, with the part of day and time: `2024년 5월 31일 (금) 오전`. */
  when: string;
}

export interface MeetingBoxView {
  id: string;
  title: string;
  date: string;
  when: string;
  /** `김홍균 — 외교부 제1차관 (대한민국 측)`. */
  participants: string[];
  counterparts: string;
  format: string;
  level: string;
  place?: string;
  occasion?: string;
  host?: string;
  /** Related meetings, oldest first. */
  related: MeetingLink[];
  /** The trip abroad or the visit to Korea the meeting was part of (src/lib/model/trips.ts). */
  journeys: { kind: 'trip' | 'visit'; label: string; url: string }[];
}

export interface PagerView {
  previous?: MeetingLink;
  next?: MeetingLink;
}

/** A document in a list: its source kind, each language version, its publisher and date. */
export interface DocumentListItem {
  kind: DocumentGroup['primary']['source']['kind'];
  links: DocumentLink[];
  publisher: string;
  published: string;
}

export interface MeetingPageView {
  lang: Lang;
  id: string;
  title: string;
  box: MeetingBoxView;
  documents: DocumentListItem[];
  pager: PagerView;
  jsonLd: Record<string, unknown>;
}

type PerLang<T> = Map<string, T>;
const boxes = new WeakMap<Archive, PerLang<MeetingBoxView>>();
const links = new WeakMap<Archive, PerLang<MeetingLink>>();

// A meeting is shown on the pages of each of its documents and of its neighbours: resolve it once per language.
function once<T>(cache: WeakMap<Archive, PerLang<T>>, archive: Archive, key: string, make: () => T): T {
  let map = cache.get(archive);
  if (!map) cache.set(archive, (map = new Map()));
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}

export function meetingLink(archive: Archive, m: MeetingData, lang: Lang): MeetingLink {
  return once(links, archive, `${lang}:${m.id}`, () => ({ id: m.id, title: meetingTitle(archive, m, lang), date: m.date, when: whenLabel(m, lang) }));
}

export function meetingBox(archive: Archive, m: MeetingData, lang: Lang): MeetingBoxView {
  return once(boxes, archive, `${lang}:${m.id}`, () => {
    const d = t(lang);
    const place = placeLabel(archive, m, lang);
    return {
      id: m.id,
      title: meetingTitle(archive, m, lang),
      date: m.date,
      when: whenLabel(m, lang),
      participants: m.participants.map(
        (p) => `${archive.person(p.person).name[lang]} — ${p.role[lang]} (${d.meeting.side(archive.country(p.side).name[lang])})`,
      ),
      counterparts: m.counterparts.map((c) => archive.country(c).name[lang]).join(', '),
      format: d.formats[m.format],
      level: d.levels[m.level],
      ...(place ? { place } : {}),
      ...(m.occasion ? { occasion: m.occasion[lang] } : {}),
      ...(m.host ? { host: m.host[lang] } : {}),
      related: m.related
        .map((id) => archive.meeting(id))
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((r) => meetingLink(archive, r, lang)),
      journeys: journeysOf(archive, m, lang),
    };
  });
}

function journeysOf(archive: Archive, m: MeetingData, lang: Lang): MeetingBoxView['journeys'] {
  const d = t(lang);
  const { trip, visit } = archive.journeyOf(m.id);
  const out: MeetingBoxView['journeys'] = [];
  if (trip)
    out.push({
      kind: 'trip',
      label: d.trips.label(archive.person(trip.traveller).name[lang], formatDateRange(trip.start, trip.end, lang)),
      url: paths.trip(lang, trip.id),
    });
  if (visit) {
    const who = archive.person(visit.visitor).name[lang];
    out.push({
      kind: 'visit',
      label: d.visits.label(who, archive.country(visit.country).name[lang], formatDateRange(visit.start, visit.end, lang)),
      url: paths.visit(lang, visit.id),
    });
  }
  return out;
}

export function pagerView(archive: Archive, lang: Lang, around: { previous?: MeetingData; next?: MeetingData }): PagerView {
  return {
    ...(around.previous ? { previous: meetingLink(archive, around.previous, lang) } : {}),
    ...(around.next ? { next: meetingLink(archive, around.next, lang) } : {}),
  };
}

/** The pager's words for a meeting: `한-미 외교장관회담 (2024년 5월 31일)`. */
export const pagerLabel = (m: MeetingLink, lang: Lang): string => `${m.title} (${formatDate(m.date, lang)})`;

export function documentListItems(groups: readonly DocumentGroup[], lang: Lang): DocumentListItem[] {
  return groups.map((g) => ({
    kind: g.primary.source.kind,
    links: documentLinks(g, lang),
    publisher: g.primary.source.publisher[lang],
    published: g.primary.published,
  }));
}

export function meetingPage(archive: Archive, m: MeetingData, lang: Lang, abs: AbsoluteUrl): MeetingPageView {
  return {
    lang,
    id: m.id,
    title: meetingTitle(archive, m, lang),
    box: meetingBox(archive, m, lang),
    documents: documentListItems(archive.documentsOf(m.id), lang),
    pager: pagerView(archive, lang, archive.adjacent(m.id)),
    jsonLd: meetingEvent(archive, m, lang, abs),
  };
}
