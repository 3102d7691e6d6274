/** The office pages: each country's offices, and one office's holders in order with their meetings in office. */
import type { Lang } from '../../schemas/index.ts';
import { t } from '../i18n/index.ts';
import { HOME_COUNTRY, type Archive } from '../model/archive.ts';
import { formatMonth } from '../model/dates.ts';
import { indexRow, type IndexRow } from '../model/meetings.ts';
import type { Tenure } from '../model/offices.ts';
import { paths } from '../model/urls.ts';
import { COLLATOR } from './collation.ts';

export interface OfficeListItem {
  id: string;
  url: string;
  name: string;
  holders: number;
  /** Who holds it now: the latest holder with no end date. */
  current?: string;
}

export interface OfficesView {
  /** Korea first, then by country name; in each, offices by rank, then name. */
  countries: { id: string; name: string; url?: string; offices: OfficeListItem[] }[];
}

/** A term as the pages print it: `2021년 1월 – 2025년 1월`, `Jan 2021 – in office`. */
function termOf(tenure: Pick<Tenure, 'from' | 'to'>, lang: Lang): string {
  const d = t(lang);
  const month = (partial?: string) => (partial ? formatMonth(partial, lang) : '');
  if (!tenure.from && !tenure.to) return '';
  return d.people.span(month(tenure.from), tenure.to ? month(tenure.to) : d.offices.stillInOffice);
}

/** One country's offices, as the offices page and the country page list them. */
export function officesOf(archive: Archive, country: string, lang: Lang): OfficeListItem[] {
  return archive.input.offices
    .filter((o) => o.country === country)
    .sort((a, b) => a.rank - b.rank || COLLATOR[lang].compare(a.name[lang], b.name[lang]))
    .map((o) => {
      const holders = archive.holdersOf(o.id);
      const current = holders.filter((h) => h.from && !h.to).at(-1);
      return {
        id: o.id,
        url: paths.office(lang, o.id),
        name: o.name[lang],
        holders: new Set(holders.map((h) => h.person)).size,
        ...(current ? { current: archive.person(current.person).name[lang] } : {}),
      };
    });
}

export function officesView(archive: Archive, lang: Lang): OfficesView {
  const counterparts = new Set(archive.counterpartCountries().map((c) => c.id));
  const codes = [...new Set(archive.input.offices.map((o) => o.country))].sort(
    (a, b) => Number(b === HOME_COUNTRY) - Number(a === HOME_COUNTRY) || COLLATOR[lang].compare(archive.country(a).name[lang], archive.country(b).name[lang]),
  );
  return {
    countries: codes.map((code) => ({
      id: code,
      name: archive.country(code).name[lang],
      ...(counterparts.has(code) ? { url: paths.country(lang, code) } : {}),
      offices: officesOf(archive, code, lang),
    })),
  };
}

export interface HolderItem {
  person: string;
  name: string;
  url: string;
  term: string;
  /** The title the sources gave the post then, when it is not the office's present name. */
  title?: string;
  meetings: IndexRow[];
}

export interface OfficeView {
  id: string;
  name: string;
  country: { name: string; url?: string };
  /** Oldest first. */
  holders: HolderItem[];
}

/** An office's holders in order, each with their term and the archive's meetings they held it at. */
export function officeView(archive: Archive, id: string, lang: Lang): OfficeView {
  const office = archive.office(id);
  const counterpart = archive.counterpartCountries().some((c) => c.id === office.country);
  return {
    id,
    name: office.name[lang],
    country: { name: archive.country(office.country).name[lang], ...(counterpart ? { url: paths.country(lang, office.country) } : {}) },
    holders: archive.holdersOf(id).map((tenure) => {
      const person = archive.person(tenure.person);
      const meetings = archive.meetingsInTerm(tenure).map((m) => indexRow(archive, m, lang));
      return {
        person: person.id,
        name: person.name[lang],
        url: paths.person(lang, person.id),
        term: termOf(tenure, lang),
        ...(tenure.title[lang] !== office.name[lang] ? { title: tenure.title[lang] } : {}),
        meetings,
      };
    }),
  };
}
