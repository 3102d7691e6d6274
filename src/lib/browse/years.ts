/** The year pages: a year's meetings and documents, with the neighbouring years. */
import type { Lang } from '../../schemas/index.ts';
import type { Archive } from '../model/archive.ts';
import { yearOf } from '../model/dates.ts';
import { indexRow, type IndexRow } from '../model/meetings.ts';
import { byShownDateDesc, documentItem, type DocumentItem } from './document-item.ts';

const yearsOf = new WeakMap<Archive, string[]>();

/** Every year with a meeting or a document, newest first. */
export function archiveYears(archive: Archive): string[] {
  let years = yearsOf.get(archive);
  if (!years) {
    years = [...new Set([...archive.input.meetings.map((m) => yearOf(m.date)), ...archive.input.documents.map((d) => yearOf(d.published))])].sort().reverse();
    yearsOf.set(archive, years);
  }
  return [...years];
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
