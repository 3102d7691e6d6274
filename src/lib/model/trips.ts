/**
 * Trips and visits, derived from the meetings (no records of their own: the meetings already say who met where and
 * when). A trip is one journey abroad of a Korean principal: the in-person meetings abroad at which that person led
 * Korea's side, one after another with no more than TRIP_GAP_DAYS between them and no meeting of theirs in Korea in
 * between, or linked by `related`; its stops are the places in order. A visit is the same for a foreign principal's
 * meetings in Korea. Telephone and video meetings are no part of either: they say nothing of where anyone was.
 */
import type { Bilingual, MeetingData } from '../../schemas/index.ts';
import { HOME_COUNTRY } from './archive.ts';

/** The longest gap, in days, between two meetings of one journey (a weekend between two capitals). */
export const TRIP_GAP_DAYS = 3;

export interface TripStop {
  country: string;
  city?: Bilingual;
  /** The first occasion named by the stop's meetings (an APEC meeting, a G20 summit). */
  occasion?: Bilingual;
  from: string;
  to: string;
  meetings: string[];
}

export interface Trip {
  /** `<first day>-<traveller id>`: stable while the trip's first meeting stays. */
  id: string;
  /** The Korean principal: the first participant on Korea's side of each meeting. */
  traveller: string;
  start: string;
  end: string;
  stops: TripStop[];
  meetings: string[];
}

export interface Visit {
  id: string;
  /** The foreign principal: the first participant on another side than Korea's. */
  visitor: string;
  /** The side the visitor represented. */
  country: string;
  start: string;
  end: string;
  meetings: string[];
}

const DAY = 86_400_000;
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY);

const DAY_PARTS = { morning: 0, afternoon: 1, evening: 2 } as const;
/** Meetings of one day in the order they took place, where the sources say; else by id. */
const chronological = (a: MeetingData, b: MeetingData) =>
  a.date.localeCompare(b.date) ||
  (a.time ?? '').localeCompare(b.time ?? '') ||
  (a.partOfDay ? DAY_PARTS[a.partOfDay] : 1) - (b.partOfDay ? DAY_PARTS[b.partOfDay] : 1) ||
  a.id.localeCompare(b.id);

/** One principal's journeys: runs of meetings `away` with no meeting at home between and short gaps (or `related`). */
function journeys(meetings: readonly MeetingData[], away: (m: MeetingData) => boolean): MeetingData[][] {
  const runs: MeetingData[][] = [];
  let run: MeetingData[] = [];
  const linked = (m: MeetingData) => run.some((r) => r.related.includes(m.id) || m.related.includes(r.id));
  for (const m of [...meetings].sort(chronological)) {
    if (!away(m)) {
      if (run.length) runs.push(run);
      run = [];
      continue;
    }
    if (run.length && daysBetween(run[run.length - 1]!.date, m.date) > TRIP_GAP_DAYS && !linked(m)) {
      runs.push(run);
      run = [];
    }
    run.push(m);
  }
  if (run.length) runs.push(run);
  return runs;
}

/** In-person meetings with a place, grouped by the principal `principal` picks. */
function byPrincipal(meetings: readonly MeetingData[], principal: (m: MeetingData) => string | undefined): Map<string, MeetingData[]> {
  const out = new Map<string, MeetingData[]>();
  for (const m of meetings) {
    if (m.format !== 'in-person' || !m.place) continue;
    const who = principal(m);
    if (!who) continue;
    out.set(who, [...(out.get(who) ?? []), m]);
  }
  return out;
}

const uniqueIds = <T extends { id: string }>(items: T[]): T[] => {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    return n === 1 ? item : { ...item, id: `${item.id}-${n}` };
  });
};

function stopsOf(run: MeetingData[]): TripStop[] {
  const stops: TripStop[] = [];
  for (const m of run) {
    const place = m.place!;
    const last = stops[stops.length - 1];
    if (last && last.country === place.country && last.city?.en === place.city?.en) {
      last.to = m.date;
      last.meetings.push(m.id);
      last.occasion ??= m.occasion;
    } else {
      stops.push({ country: place.country, city: place.city, occasion: m.occasion, from: m.date, to: m.date, meetings: [m.id] });
    }
  }
  return stops.map((s) => Object.fromEntries(Object.entries(s).filter(([, v]) => v !== undefined)) as unknown as TripStop);
}

/** Every trip abroad of a Korean principal, oldest first. */
export function deriveTrips(meetings: readonly MeetingData[]): Trip[] {
  const trips: Trip[] = [];
  for (const [traveller, own] of byPrincipal(meetings, (m) => m.participants.find((p) => p.side === HOME_COUNTRY)?.person)) {
    for (const run of journeys(own, (m) => m.place!.country !== HOME_COUNTRY)) {
      trips.push({
        id: `${run[0]!.date}-${traveller}`,
        traveller,
        start: run[0]!.date,
        end: run[run.length - 1]!.date,
        stops: stopsOf(run),
        meetings: run.map((m) => m.id),
      });
    }
  }
  return uniqueIds(trips.sort((a, b) => a.start.localeCompare(b.start) || a.traveller.localeCompare(b.traveller)));
}

/** Every visit to Korea of a foreign principal, oldest first. */
export function deriveVisits(meetings: readonly MeetingData[]): Visit[] {
  const visits: Visit[] = [];
  const sideOf = new Map<string, string>();
  const principal = (m: MeetingData) => {
    const p = m.participants.find((x) => x.side !== HOME_COUNTRY);
    if (p) sideOf.set(`${m.id} ${p.person}`, p.side);
    return p?.person;
  };
  for (const [visitor, own] of byPrincipal(meetings, principal)) {
    for (const run of journeys(own, (m) => m.place!.country === HOME_COUNTRY)) {
      visits.push({
        id: `${run[0]!.date}-${visitor}`,
        visitor,
        country: sideOf.get(`${run[0]!.id} ${visitor}`)!,
        start: run[0]!.date,
        end: run[run.length - 1]!.date,
        meetings: run.map((m) => m.id),
      });
    }
  }
  return uniqueIds(visits.sort((a, b) => a.start.localeCompare(b.start) || a.visitor.localeCompare(b.visitor)));
}

/** The trip or visit each meeting belongs to, by meeting id. */
export function journeyOfMeeting<T extends { meetings: string[] }>(journeys: readonly T[]): Map<string, T> {
  return new Map(journeys.flatMap((j) => j.meetings.map((id) => [id, j] as const)));
}
