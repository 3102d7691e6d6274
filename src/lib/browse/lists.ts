/**
 * The browse views: people, counterpart countries, topics and years, each as the meetings and documents that
 * belong to it. Pure look-ups over the archive; the pages under src/pages/[lang]/ only lay them out.
 */
import type { Lang, MeetingData, PersonData } from '../../schemas/index.ts';
import type { Archive, DocumentGroup } from '../model/archive.ts';
import { formatMonth, yearOf } from '../model/dates.ts';
import { t } from '../i18n/index.ts';
import { indexRow, type IndexRow } from '../model/meetings.ts';
import { paths } from '../model/urls.ts';
import { collapseSpace } from '../text/whitespace.ts';

const COLLATOR: Record<Lang, Intl.Collator> = { ko: new Intl.Collator('ko'), en: new Intl.Collator('en', { sensitivity: 'base' }) };

// ---- people ----------------------------------------------------------------------------------------------

export interface PersonListItem {
  id: string;
  url: string;
  name: { ko: string; en: string };
  /** How the list shows the name in the script it is sorted by: `Blinken, Antony` for Latin. */
  sortedAs: string;
  country: string;
  meetings: number;
}

/** Everyone in the registry, sorted by name in one script: Hangul (가나다) or Latin (by family name). */
export function peopleList(archive: Archive, lang: Lang, script: Lang): PersonListItem[] {
  const latin = (p: PersonData) => {
    const family = p.family?.en;
    if (!family || !p.name.en.includes(family)) return p.name.en;
    const given = collapseSpace(p.name.en.replace(family, ''));
    return given ? `${family}, ${given}` : family;
  };
  return archive.input.people
    .map((p) => ({
      id: p.id,
      url: paths.person(lang, p.id),
      name: { ...p.name },
      sortedAs: script === 'ko' ? p.name.ko : latin(p),
      country: archive.country(p.country).name[lang],
      meetings: archive.meetingsOf(p.id).length,
    }))
    .sort((a, b) => COLLATOR[script].compare(a.sortedAs, b.sortedAs) || a.id.localeCompare(b.id));
}

export interface PersonView {
  person: PersonData;
  country: string;
  /** The country's page, when it is a counterpart the archive has one for. */
  countryUrl?: string;
  /** Roles over time, latest first, each with its span (`2024년 1월 –`, `Jan 2021 – Jan 2025`). */
  roles: { title: string; span: string }[];
  meetings: IndexRow[];
}

export function personView(archive: Archive, id: string, lang: Lang): PersonView {
  const person = archive.person(id);
  const d = t(lang);
  const month = (partial?: string) => (partial ? formatMonth(partial, lang) : '');
  const roles = [...person.roles]
    .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))
    .map((r) => ({ title: r.title[lang], span: r.from || r.to ? d.people.span(month(r.from), month(r.to)) : '' }));
  const meetings = archive.meetingsOf(id).map((m) => indexRow(archive, m, lang));
  const counterpart = archive.counterpartCountries().some((c) => c.id === person.country);
  return {
    person,
    country: archive.country(person.country).name[lang],
    ...(counterpart ? { countryUrl: paths.country(lang, person.country) } : {}),
    roles,
    meetings,
  };
}

// ---- countries --------------------------------------------------------------------------------------------

export interface CountryListItem {
  id: string;
  url: string;
  name: string;
  meetings: number;
  first: string;
  last: string;
}

/** The counterpart countries, by name in the page's language, with how many meetings and when. */
export function countriesList(archive: Archive, lang: Lang): CountryListItem[] {
  return archive
    .counterpartCountries()
    .map((c) => {
      const meetings = archive
        .meetingsWith(c.id)
        .map((m) => m.date)
        .sort();
      return {
        id: c.id,
        url: paths.country(lang, c.id),
        name: c.name[lang],
        meetings: meetings.length,
        first: yearOf(meetings[0]!),
        last: yearOf(meetings.at(-1)!),
      };
    })
    .sort((a, b) => COLLATOR[lang].compare(a.name, b.name));
}

export interface CountryView {
  id: string;
  name: string;
  total: number;
  /** Counts by level and by format, in the schema's order, zero counts included. */
  byLevel: { key: MeetingData['level']; label: string; count: number }[];
  byFormat: { key: MeetingData['format']; label: string; count: number }[];
  meetings: IndexRow[];
}

export function countryView(archive: Archive, code: string, lang: Lang): CountryView {
  const d = t(lang);
  const meetings = archive.meetingsWith(code);
  const count = <K extends string>(keys: readonly K[], of: (m: MeetingData) => K, label: (k: K) => string) =>
    keys.map((key) => ({ key, label: label(key), count: meetings.filter((m) => of(m) === key).length }));
  return {
    id: code,
    name: archive.country(code).name[lang],
    total: meetings.length,
    byLevel: count(
      Object.keys(d.levels) as MeetingData['level'][],
      (m) => m.level,
      (k) => d.levels[k],
    ),
    byFormat: count(
      Object.keys(d.formats) as MeetingData['format'][],
      (m) => m.format,
      (k) => d.formats[k],
    ),
    meetings: meetings.map((m) => indexRow(archive, m, lang)),
  };
}

// ---- topics and years -------------------------------------------------------------------------------------

export interface DocumentItem {
  id: string;
  title: string;
  titleLang: Lang;
  url: string;
  kind: string;
  published: string;
}

function documentItem(group: DocumentGroup, lang: Lang): DocumentItem {
  const d = t(lang);
  const shown = group.versions[lang] ?? group.primary;
  return {
    id: group.id,
    title: shown.title,
    titleLang: shown.lang,
    url: paths.document(shown.lang, group.id),
    kind: d.kinds[group.primary.source.kind],
    published: shown.published,
  };
}

// By the date of the version the list shows (a list in English dates a document by its English version).
const byShownDateDesc = (a: DocumentItem, b: DocumentItem) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id);

export interface TopicListItem {
  id: string;
  url: string;
  name: string;
  documents: number;
}

/** Topics that documents carry, by name, with how many documents. */
export function topicsList(archive: Archive, lang: Lang): TopicListItem[] {
  return archive.input.topics
    .map((topic) => ({ id: topic.id, url: paths.topic(lang, topic.id), name: topic.name[lang], documents: archive.documentsOn(topic.id).length }))
    .filter((x) => x.documents > 0)
    .sort((a, b) => COLLATOR[lang].compare(a.name, b.name));
}

export interface TopicView {
  id: string;
  name: string;
  documents: DocumentItem[];
  meetings: IndexRow[];
}

/** The documents on a topic, newest first, and the meetings they report. */
export function topicView(archive: Archive, id: string, lang: Lang): TopicView {
  return {
    id,
    name: archive.topic(id).name[lang],
    documents: archive
      .documentsOn(id)
      .map((g) => documentItem(g, lang))
      .sort(byShownDateDesc),
    meetings: archive.meetingsOn(id).map((m) => indexRow(archive, m, lang)),
  };
}

/** Every year with a meeting or a document, newest first. */
export function archiveYears(archive: Archive): string[] {
  const years = new Set([...archive.input.meetings.map((m) => yearOf(m.date)), ...archive.input.documents.map((d) => yearOf(d.published))]);
  return [...years].sort().reverse();
}

export interface YearView {
  year: string;
  meetings: IndexRow[];
  documents: DocumentItem[];
  /** Neighbouring years that have pages. */
  previous?: string;
  next?: string;
}

/** A year's meetings (by meeting date) and documents (by publication date), newest first. */
export function yearView(archive: Archive, year: string, lang: Lang): YearView {
  const years = archiveYears(archive);
  const at = years.indexOf(year);
  return {
    year,
    meetings: archive.meetingsNewestFirst.filter((m) => yearOf(m.date) === year).map((m) => indexRow(archive, m, lang)),
    documents: archive.documentGroups
      .filter((g) => yearOf((g.versions[lang] ?? g.primary).published) === year)
      .map((g) => documentItem(g, lang))
      .sort(byShownDateDesc),
    ...(years[at + 1] ? { previous: years[at + 1] } : {}),
    ...(at > 0 ? { next: years[at - 1] } : {}),
  };
}
