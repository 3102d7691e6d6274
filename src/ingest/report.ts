/**
 * The backlog report of a folder import: one row per page with what needs an archivist's hand (a missing
 * headline, people the registry lacks, records started incomplete, fields read from indirect evidence, errors),
 * as JSON for tools and as CSV for a spreadsheet, so that whoever imports 2,000 saved pages knows where to look.
 */
import { toCsv } from '../lib/publish/csv.ts';
import type { ImportReport } from './import.ts';

/** What a page needs, as short codes a spreadsheet can filter on. */
export type Need = 'fix-errors' | 'headline' | 'unknown-people' | 'check-added-people' | 'check-guessed' | 'pair' | 'exists';

export interface BacklogRow {
  page: string;
  status: ImportReport['status'];
  needs: Need[];
  lang: string | null;
  title: string | null;
  published: string | null;
  meetingDate: string | null;
  files: string[];
  /** People the page names whom the registry lacks and who were not added. */
  unknownPeople: string[];
  /** Incomplete person records written for this page (--add-people). */
  peopleAdded: string[];
  missingHeadline: boolean;
  /** Fields read from indirect evidence, by version (`en:published`). */
  guessed: string[];
  errors: string[];
}

export function backlogRow(r: ImportReport): BacklogRow {
  const added = new Set(r.peopleAdded);
  const names = (n: { ko?: string; en?: string }) => [n.ko, n.en].filter(Boolean).join(' / ');
  const unknown = [
    ...r.suggestions.filter((s) => !added.has(s.record.id)).map((s) => names(s.name)),
    ...(r.meeting?.newPeople ?? []).filter((n) => !added.has(n.record.id)).map((n) => n.printed),
  ];
  const unknownPeople = [...new Set(unknown)];
  const missingHeadline = r.errors.some((e) => e.includes(': title: ')) || (r.versions.length > 0 && !r.title);
  const guessed = r.versions.flatMap((v) => v.guessed.map((g) => (r.versions.length > 1 ? `${v.lang}:${g}` : g)));
  const needs: Need[] = [];
  if (r.status === 'failed') needs.push('fix-errors');
  if (missingHeadline) needs.push('headline');
  if (unknownPeople.length) needs.push('unknown-people');
  if (r.peopleAdded.length) needs.push('check-added-people');
  if (guessed.length) needs.push('check-guessed');
  if (r.status === 'skipped') needs.push(r.pairing ? 'pair' : 'exists');
  return {
    page: r.input,
    status: r.status,
    needs,
    lang: r.lang ?? null,
    title: r.title || null,
    published: r.published ?? null,
    meetingDate: r.meeting?.date ?? null,
    files: r.files,
    unknownPeople,
    peopleAdded: r.peopleAdded,
    missingHeadline,
    guessed,
    errors: r.errors,
  };
}

export interface Backlog {
  /** When the import ran (ISO 8601). */
  generated: string;
  pages: number;
  counts: Record<ImportReport['status'], number>;
  /** Pages needing an archivist's hand, by need. */
  needs: Record<Need, number>;
  rows: BacklogRow[];
}

export function backlog(reports: readonly ImportReport[], generated: Date): Backlog {
  const rows = reports.map(backlogRow);
  const counts = { imported: 0, parsed: 0, skipped: 0, failed: 0 };
  const needs: Record<Need, number> = { 'fix-errors': 0, headline: 0, 'unknown-people': 0, 'check-added-people': 0, 'check-guessed': 0, pair: 0, exists: 0 };
  for (const row of rows) {
    counts[row.status]++;
    for (const n of row.needs) needs[n]++;
  }
  return { generated: generated.toISOString(), pages: rows.length, counts, needs, rows };
}

const LIST = '; ';

/** The same rows as a spreadsheet: lists joined with "; ", one line per page. */
export function backlogCsv(b: Backlog): string {
  const header = [
    'page',
    'status',
    'needs',
    'lang',
    'title',
    'published',
    'meeting_date',
    'files',
    'unknown_people',
    'people_added',
    'missing_headline',
    'guessed',
    'errors',
  ];
  return toCsv(
    header,
    b.rows.map((r) => [
      r.page,
      r.status,
      r.needs.join(LIST),
      r.lang,
      r.title,
      r.published,
      r.meetingDate,
      r.files.join(LIST),
      r.unknownPeople.join(LIST),
      r.peopleAdded.join(LIST),
      r.missingHeadline ? 'yes' : 'no',
      r.guessed.join(LIST),
      r.errors.join(LIST),
    ]),
  );
}
