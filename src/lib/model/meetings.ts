import type { Lang, MeetingData, Participant } from '../../schemas/index.ts';
import { HOME_COUNTRY, type Archive, type DocumentGroup } from './archive.ts';
import { formatDate, formatShortDate, yearOf } from './dates.ts';
import { t } from '../i18n/index.ts';
import { paths } from './urls.ts';

function sides(m: MeetingData): { home?: Participant; other?: Participant } {
  return { home: m.participants.find((p) => p.side === HOME_COUNTRY), other: m.participants.find((p) => p.side !== HOME_COUNTRY) };
}

/** A meeting's title built from its data: `한-미 외교차관회담` / `ROK-U.S. Vice Foreign Ministers' Meeting`. */
export function meetingTitle(archive: Archive, m: MeetingData, lang: Lang): string {
  const words = t(lang).meetingTitles;
  const pair = [HOME_COUNTRY, ...m.counterparts].map((c) => archive.country(c).short[lang]).join('-');
  const { home, other } = sides(m);
  const who = (p: Participant | undefined) => (p ? `${p.role[lang]} ${archive.person(p.person).name[lang]}` : '');
  if (m.kind === 'call-on' && home && other) return words.callOn(who(home), who(other));
  if (m.kind === 'roundtable' && home) return words.roundtable(who(home), m.host?.[lang]);
  return words.talks(pair, words.levels[m.level], m.level, words.formats[m.format]);
}

/** `미 국무부, 워싱턴 D.C., 미국` / `U.S. Department of State, Washington, D.C., United States`. */
export function placeLabel(archive: Archive, m: MeetingData, lang: Lang): string | undefined {
  if (!m.place) return undefined;
  const parts = [m.place.venue?.[lang], m.place.city?.[lang], archive.country(m.place.country).name[lang]];
  return parts.filter(Boolean).join(', ');
}

/** Date with the part of day, time and duration the sources give: `2024년 5월 31일 (금) 오전`. */
export function whenLabel(m: MeetingData, lang: Lang): string {
  const d = t(lang);
  const bits = [formatDate(m.date, lang)];
  if (m.partOfDay) bits.push(lang === 'ko' ? d.partsOfDay[m.partOfDay] : `(${d.partsOfDay[m.partOfDay]})`);
  if (m.time) bits.push(m.time);
  if (m.durationMinutes) bits.push(lang === 'ko' ? d.meeting.duration(m.durationMinutes) : `— ${d.meeting.duration(m.durationMinutes)}`);
  return bits.join(' ');
}

export interface DocumentLink {
  id: string;
  lang: Lang;
  title: string;
  url: string;
  kind: DocumentGroup['primary']['source']['kind'];
  translation: DocumentGroup['primary']['translation']['status'];
  published: string;
}

/** Every language version of a group, the reader's language first. */
export function documentLinks(group: DocumentGroup, first: Lang = 'ko'): DocumentLink[] {
  const order: Lang[] = first === 'ko' ? ['ko', 'en'] : ['en', 'ko'];
  return order.flatMap((lang) => {
    const v = group.versions[lang];
    return v
      ? [{ id: v.id, lang, title: v.title, url: paths.document(lang, v.id), kind: v.source.kind, translation: v.translation.status, published: v.published }]
      : [];
  });
}

/** The language-neutral record of one meeting: the open data and the meeting index are both made from it. */
export interface MeetingRecord {
  id: string;
  date: string;
  time: string | null;
  partOfDay: NonNullable<MeetingData['partOfDay']> | null;
  durationMinutes: number | null;
  format: MeetingData['format'];
  kind: MeetingData['kind'];
  level: MeetingData['level'];
  title: { ko: string; en: string };
  counterparts: string[];
  place: { city: { ko: string; en: string } | null; venue: { ko: string; en: string } | null; country: string } | null;
  occasion: { ko: string; en: string } | null;
  host: { ko: string; en: string } | null;
  participants: { person: string; names: { ko: string; en: string }; side: string; role: { ko: string; en: string } }[];
  related: string[];
  documents: DocumentLink[];
}

export function meetingRecord(archive: Archive, m: MeetingData): MeetingRecord {
  return {
    id: m.id,
    date: m.date,
    time: m.time ?? null,
    partOfDay: m.partOfDay ?? null,
    durationMinutes: m.durationMinutes ?? null,
    format: m.format,
    kind: m.kind,
    level: m.level,
    title: { ko: meetingTitle(archive, m, 'ko'), en: meetingTitle(archive, m, 'en') },
    counterparts: [...m.counterparts],
    place: m.place ? { city: m.place.city ?? null, venue: m.place.venue ?? null, country: m.place.country } : null,
    occasion: m.occasion ?? null,
    host: m.host ?? null,
    participants: m.participants.map((p) => ({ person: p.person, names: { ...archive.person(p.person).name }, side: p.side, role: { ...p.role } })),
    related: [...m.related],
    documents: archive.documentsOf(m.id).flatMap((g) => documentLinks(g)),
  };
}

/** All meetings, newest first. */
export function meetingRecords(archive: Archive): MeetingRecord[] {
  return archive.meetingsNewestFirst.map((m) => meetingRecord(archive, m));
}

export interface IndexRow {
  id: string;
  url: string;
  date: string;
  dateLabel: string;
  title: string;
  counterparts: string[];
  level: string;
  format: string;
  place?: string;
  documents: { title: string; titleLang: Lang; kind: string; versions: { lang: Lang; langName: string; url: string; translation: string }[] }[];
  /** The raw values the meeting index filters on. */
  facets: { year: string; country: string[]; level: MeetingData['level']; format: MeetingData['format'] };
}

// A meeting appears in up to seven lists (index, filter pages, year, person, country, topic pages): build its
// row once per language and archive.
const rowCache = new WeakMap<Archive, Map<string, IndexRow>>();

/** One meeting as a row of a list (the index, a person's, a country's, a topic's or a year's meetings). */
export function indexRow(archive: Archive, m: MeetingData, lang: Lang): IndexRow {
  let cache = rowCache.get(archive);
  if (!cache) rowCache.set(archive, (cache = new Map()));
  const key = `${lang}:${m.id}`;
  let row = cache.get(key);
  if (!row) cache.set(key, (row = buildRow(archive, m, lang)));
  return row;
}

function buildRow(archive: Archive, m: MeetingData, lang: Lang): IndexRow {
  const d = t(lang);
  const record = meetingRecord(archive, m);
  return {
    id: record.id,
    url: paths.meeting(lang, record.id),
    date: record.date,
    dateLabel: formatShortDate(record.date, lang),
    title: record.title[lang],
    counterparts: record.counterparts.map((c) => archive.country(c).name[lang]),
    level: d.levels[record.level],
    format: d.formats[record.format],
    place: placeLabel(archive, m, lang),
    facets: { year: yearOf(m.date), country: [...m.counterparts], level: m.level, format: m.format },
    documents: archive.documentsOf(record.id).map((g) => {
      const links = documentLinks(g, lang);
      const shown = g.versions[lang] ?? g.primary;
      return {
        title: shown.title,
        titleLang: shown.lang,
        kind: d.kinds[g.primary.source.kind],
        versions: links.map((l) => ({ lang: l.lang, langName: d.langNames[l.lang], url: l.url, translation: d.translation[l.translation] })),
      };
    }),
  };
}

/** Meetings grouped by year, newest first (the order they come in is kept within a year). */
export function byYear(rows: IndexRow[], lang: Lang): { year: string; label: string; rows: IndexRow[] }[] {
  const d = t(lang);
  const years: { year: string; label: string; rows: IndexRow[] }[] = [];
  for (const row of rows) {
    const year = yearOf(row.date);
    let group = years.at(-1);
    if (!group || group.year !== year) years.push((group = { year, label: d.index.year(year), rows: [] }));
    group.rows.push(row);
  }
  return years;
}

/** The meeting index in one language: years newest first, each with its meetings newest first. */
export function meetingIndex(archive: Archive, lang: Lang): { year: string; label: string; rows: IndexRow[] }[] {
  return byYear(
    archive.meetingsNewestFirst.map((m) => indexRow(archive, m, lang)),
    lang,
  );
}
