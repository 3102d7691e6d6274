/** The people pages: everyone in the registry, and one person's roles and meetings. */
import type { Lang, PersonData } from '../../schemas/index.ts';
import { HOME_COUNTRY, type Archive } from '../model/archive.ts';
import { formatDateRange, formatMonth } from '../model/dates.ts';
import { t } from '../i18n/index.ts';
import { indexRow, type IndexRow } from '../model/meetings.ts';
import { paths } from '../model/urls.ts';
import { collapseSpace } from '../text/whitespace.ts';
import { COLLATOR } from './collation.ts';
import { feedOf } from './feed-link.ts';

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
  roles: { title: string; span: string; office?: string }[];
  /** Their trips abroad and visits to Korea, newest first, each linking to its place on those pages. */
  journeys: { kind: 'trip' | 'visit'; dates: string; places: string; url: string }[];
  meetings: IndexRow[];
  /** The person's feed, when some document in the language reports a meeting of theirs. */
  feed?: string;
}

export function personView(archive: Archive, id: string, lang: Lang): PersonView {
  const person = archive.person(id);
  const d = t(lang);
  const month = (partial?: string) => (partial ? formatMonth(partial, lang) : '');
  const roles = [...person.roles]
    .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))
    .map((r) => ({
      title: r.title[lang],
      span: r.from || r.to ? d.people.span(month(r.from), month(r.to)) : '',
      ...(r.office ? { office: paths.office(lang, r.office) } : {}),
    }));
  const meetings = archive.meetingsOf(id).map((m) => indexRow(archive, m, lang));
  const counterpart = archive.counterpartCountries().some((c) => c.id === person.country);
  return {
    person,
    country: archive.country(person.country).name[lang],
    ...(counterpart ? { countryUrl: paths.country(lang, person.country) } : {}),
    roles,
    journeys: journeysOf(archive, id, lang),
    meetings,
    ...feedOf(archive, lang, { kind: 'people', id }),
  };
}

function journeysOf(archive: Archive, id: string, lang: Lang): PersonView['journeys'] {
  const own = archive.journeysOfPerson(id);
  const trips = own.trips.map((trip) => ({
    kind: 'trip' as const,
    start: trip.start,
    dates: formatDateRange(trip.start, trip.end, lang),
    places: trip.stops.map((s) => s.city?.[lang] ?? archive.country(s.country).name[lang]).join(' · '),
    url: paths.trip(lang, trip.id),
  }));
  const visits = own.visits.map((visit) => ({
    kind: 'visit' as const,
    start: visit.start,
    dates: formatDateRange(visit.start, visit.end, lang),
    places:
      [...new Set(visit.meetings.map((m) => archive.meeting(m).place?.city?.[lang]).filter(Boolean))].join(' · ') || archive.country(HOME_COUNTRY).name[lang],
    url: paths.visit(lang, visit.id),
  }));
  return [...trips, ...visits].sort((a, b) => b.start.localeCompare(a.start)).map(({ start: _start, ...j }) => j);
}
