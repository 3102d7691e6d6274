/** The meeting index and its filtered pages (one counterpart, level or format): the filters and the rows. */
import type { Lang } from '../../schemas/index.ts';
import type { Archive } from '../model/archive.ts';
import { byYear, indexRow, meetingIndex, type IndexRow } from '../model/meetings.ts';
import { filterGroups, PAGE_DIMENSIONS, rowMatches, type Dimension, type FilterGroup } from './filters.ts';

export interface MeetingIndexView {
  lang: Lang;
  /** Meetings in the archive. */
  total: number;
  filters: FilterGroup[];
  /** The filter this page shows, on a filtered page. */
  current?: { dimension: Dimension; value: string; label: string };
  years: { year: string; label: string; rows: IndexRow[] }[];
  /** Meetings on this page. */
  shown: number;
}

export function meetingIndexView(archive: Archive, lang: Lang): MeetingIndexView {
  return {
    lang,
    total: archive.meetingsNewestFirst.length,
    filters: filterGroups(archive, lang),
    years: meetingIndex(archive, lang),
    shown: archive.meetingsNewestFirst.length,
  };
}

/** Every filtered page of the index in one language: a page per value of each dimension with pages. */
export function filteredIndexViews(archive: Archive, lang: Lang): MeetingIndexView[] {
  const filters = filterGroups(archive, lang);
  const rows = archive.meetingsNewestFirst.map((m) => indexRow(archive, m, lang));
  return filters
    .filter((g) => (PAGE_DIMENSIONS as readonly string[]).includes(g.dimension))
    .flatMap((g) =>
      g.options.map((o) => {
        const matching = rows.filter((r) => rowMatches(r.facets, { [g.dimension]: [o.value] }));
        return {
          lang,
          total: rows.length,
          filters,
          current: { dimension: g.dimension, value: o.value, label: o.label },
          years: byYear(matching, lang),
          shown: matching.length,
        };
      }),
    );
}
