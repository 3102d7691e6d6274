/**
 * Filters of the meeting index: by year, counterpart, level and format. Each value has a pre-rendered page
 * (`/ko/meetings/country/us/`, and the year pages), so filtering works without JavaScript and every filtered
 * view has a URL; a small script on the index combines filters in place (`?country=us&level=minister`).
 */
import type { Lang, MeetingData } from '../../schemas/index.ts';
import type { Archive } from '../model/archive.ts';
import { t } from '../i18n/index.ts';
import type { IndexRow } from '../model/meetings.ts';
import { paths } from '../model/urls.ts';

export const DIMENSIONS = ['year', 'country', 'level', 'format'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
/** The dimensions with pages of their own under /meetings/ (years have their year pages). */
export const PAGE_DIMENSIONS = ['country', 'level', 'format'] as const;

export interface FilterOption {
  value: string;
  label: string;
  count: number;
  url: string;
}

export interface FilterGroup {
  dimension: Dimension;
  legend: string;
  options: FilterOption[];
}

const valuesOf = (m: MeetingData, dimension: Dimension): string[] =>
  dimension === 'year' ? [m.date.slice(0, 4)] : dimension === 'country' ? m.counterparts : [m[dimension]];

const groupCache = new WeakMap<Archive, Partial<Record<Lang, FilterGroup[]>>>();

/** Every value each dimension takes in the archive, in a sensible order, with its count and page. */
export function filterGroups(archive: Archive, lang: Lang): FilterGroup[] {
  // The same groups head the index and every filter page: count once per language.
  const cached = groupCache.get(archive) ?? {};
  groupCache.set(archive, cached);
  return (cached[lang] ??= countGroups(archive, lang));
}

function countGroups(archive: Archive, lang: Lang): FilterGroup[] {
  const d = t(lang);
  const meetings = archive.input.meetings;
  const count = (dimension: Dimension, value: string) => meetings.filter((m) => valuesOf(m, dimension).includes(value)).length;
  const present = (dimension: Dimension) => new Set(meetings.flatMap((m) => valuesOf(m, dimension)));
  const years = [...present('year')].sort().reverse();
  const countries = archive.counterpartCountries().sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));
  const levels = (Object.keys(d.levels) as MeetingData['level'][]).filter((l) => present('level').has(l));
  const formats = (Object.keys(d.formats) as MeetingData['format'][]).filter((f) => present('format').has(f));
  return [
    { dimension: 'year', legend: d.filters.year, options: years.map((y) => ({ value: y, label: y, count: count('year', y), url: paths.year(lang, y) })) },
    {
      dimension: 'country',
      legend: d.filters.country,
      options: countries.map((c) => ({ value: c.id, label: c.name[lang], count: count('country', c.id), url: paths.meetingsFiltered(lang, 'country', c.id) })),
    },
    {
      dimension: 'level',
      legend: d.filters.level,
      options: levels.map((l) => ({ value: l, label: d.levels[l], count: count('level', l), url: paths.meetingsFiltered(lang, 'level', l) })),
    },
    {
      dimension: 'format',
      legend: d.filters.format,
      options: formats.map((f) => ({ value: f, label: d.formats[f], count: count('format', f), url: paths.meetingsFiltered(lang, 'format', f) })),
    },
  ];
}

export type FilterState = Partial<Record<Dimension, string[]>>;

/** Filters from a query string (`?country=us&country=jp&level=minister`); unknown names are ignored. */
export function parseFilters(search: string): FilterState {
  const params = new URLSearchParams(search);
  const state: FilterState = {};
  for (const dim of DIMENSIONS) {
    const values = params.getAll(dim).filter(Boolean);
    if (values.length) state[dim] = [...new Set(values)];
  }
  return state;
}

export function filtersToSearch(state: FilterState): string {
  const params = new URLSearchParams();
  for (const dim of DIMENSIONS) for (const v of state[dim] ?? []) params.append(dim, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a row passes: any of the chosen values within a dimension, every chosen dimension. */
export function rowMatches(facets: IndexRow['facets'], state: FilterState): boolean {
  return DIMENSIONS.every((dim) => {
    const chosen = state[dim];
    if (!chosen?.length) return true;
    const have = dim === 'country' ? facets.country : [facets[dim]];
    return have.some((v) => chosen.includes(v));
  });
}
