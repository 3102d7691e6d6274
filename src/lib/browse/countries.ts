/** The country pages: the counterpart countries, and one country's meetings by level and format. */
import type { Lang, MeetingData } from '../../schemas/index.ts';
import type { DrawnPlace } from '../map/world-map.ts';
import { mapOf } from './map.ts';
import type { Archive } from '../model/archive.ts';
import { yearOf } from '../model/dates.ts';
import { t } from '../i18n/index.ts';
import { indexRow, type IndexRow } from '../model/meetings.ts';
import { paths } from '../model/urls.ts';
import { COLLATOR } from './collation.ts';
import { officesOf, type OfficeListItem } from './offices.ts';
import { feedOf } from './feed-link.ts';

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
  /** Where the meetings with the country took place. */
  map: DrawnPlace[];
  /** Its offices (src/lib/browse/offices.ts), linked to their holders. */
  offices: OfficeListItem[];
  /** The country's feed, when some document in the language reports a meeting with it. */
  feed?: string;
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
    map: mapOf(archive, meetings, lang),
    offices: officesOf(archive, code, lang),
    ...feedOf(archive, lang, { kind: 'countries', id: code }),
  };
}
