/** The trips and visits pages: journeys derived from the meetings (src/lib/model/trips.ts), by year and by country. */
import type { Lang } from '../../schemas/index.ts';
import type { Archive } from '../model/archive.ts';
import { formatDateRange, formatShortDate, yearOf } from '../model/dates.ts';
import { meetingTitle } from '../model/meetings.ts';
import type { Trip, Visit } from '../model/trips.ts';
import { paths } from '../model/urls.ts';
import { COLLATOR } from './collation.ts';
import type { DrawnPlace } from '../map/world-map.ts';
import { mapOf } from './map.ts';

export interface JourneyMeeting {
  id: string;
  url: string;
  title: string;
  dateLabel: string;
}

export interface JourneyPerson {
  name: string;
  url: string;
  /** The role the person held at the journey's first meeting, as that meeting gives it. */
  role: string;
}

export interface TripRow {
  id: string;
  anchor: string;
  traveller: JourneyPerson;
  dates: string;
  stops: { place: string; occasion?: string; dates: string; meetings: JourneyMeeting[] }[];
}

export interface VisitRow {
  id: string;
  anchor: string;
  visitor: JourneyPerson;
  country: { code: string; name: string; url: string };
  dates: string;
  meetings: JourneyMeeting[];
}

const meetingLink = (archive: Archive, id: string, lang: Lang): JourneyMeeting => {
  const m = archive.meeting(id);
  return { id, url: paths.meeting(lang, id), title: meetingTitle(archive, m, lang), dateLabel: formatShortDate(m.date, lang) };
};

function personAt(archive: Archive, personId: string, meetingId: string, lang: Lang): JourneyPerson {
  const role = archive.meeting(meetingId).participants.find((p) => p.person === personId)!.role[lang];
  return { name: archive.person(personId).name[lang], url: paths.person(lang, personId), role };
}

/** Newest year first; in a year, newest journey first. */
function byYear<T extends { start: string }, R>(items: readonly T[], row: (item: T) => R): { year: string; rows: R[] }[] {
  const years = new Map<string, R[]>();
  for (const item of [...items].reverse()) {
    const year = yearOf(item.start);
    years.set(year, [...(years.get(year) ?? []), row(item)]);
  }
  return [...years].map(([year, rows]) => ({ year, rows }));
}

export function tripRow(archive: Archive, trip: Trip, lang: Lang): TripRow {
  return {
    id: trip.id,
    anchor: `trip-${trip.id}`,
    traveller: personAt(archive, trip.traveller, trip.meetings[0]!, lang),
    dates: formatDateRange(trip.start, trip.end, lang),
    stops: trip.stops.map((s) => ({
      place: [s.city?.[lang], archive.country(s.country).name[lang]].filter(Boolean).join(', '),
      ...(s.occasion ? { occasion: s.occasion[lang] } : {}),
      dates: formatDateRange(s.from, s.to, lang),
      meetings: s.meetings.map((id) => meetingLink(archive, id, lang)),
    })),
  };
}

export function visitRow(archive: Archive, visit: Visit, lang: Lang): VisitRow {
  return {
    id: visit.id,
    anchor: `visit-${visit.id}`,
    visitor: personAt(archive, visit.visitor, visit.meetings[0]!, lang),
    country: { code: visit.country, name: archive.country(visit.country).name[lang], url: paths.country(lang, visit.country) },
    dates: formatDateRange(visit.start, visit.end, lang),
    meetings: visit.meetings.map((id) => meetingLink(archive, id, lang)),
  };
}

export interface TripsView {
  total: number;
  years: { year: string; rows: TripRow[] }[];
  /** Where the trips' meetings took place. */
  map: DrawnPlace[];
}

/** Every trip abroad, by year, newest first. */
export function tripsView(archive: Archive, lang: Lang): TripsView {
  const meetings = archive.trips.flatMap((t) => t.meetings.map((id) => archive.meeting(id)));
  return { total: archive.trips.length, years: byYear(archive.trips, (t) => tripRow(archive, t, lang)), map: mapOf(archive, meetings, lang) };
}

export interface VisitsView {
  total: number;
  years: { year: string; rows: VisitRow[] }[];
  /** Each visitor's country with its visits, by name: the same rows by country. */
  countries: { code: string; name: string; url: string; visits: { id: string; anchor: string; label: string }[] }[];
}

/** Every visit to Korea, by year (newest first) and by country. */
export function visitsView(archive: Archive, lang: Lang): VisitsView {
  const years = byYear(archive.visits, (v) => visitRow(archive, v, lang));
  const countries = new Map<string, VisitsView['countries'][number]>();
  for (const row of years.flatMap((y) => y.rows)) {
    const entry = countries.get(row.country.code) ?? { ...row.country, visits: [] };
    entry.visits.push({ id: row.id, anchor: row.anchor, label: `${row.visitor.name}, ${row.dates}` });
    countries.set(row.country.code, entry);
  }
  return { total: archive.visits.length, years, countries: [...countries.values()].sort((a, b) => COLLATOR[lang].compare(a.name, b.name)) };
}
