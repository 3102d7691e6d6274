import type { Lang } from '../../schemas/common.ts';
import { alignBodies, type RowKind } from './alignment.ts';
import type { DocumentGroup, DocumentVersion } from '../model/archive.ts';
import { renderMarkdown } from '../text/render-markdown.ts';

export interface ParallelRow {
  kind: RowKind;
  /** The HTML of each side's paragraphs in this row (empty when the side has none). */
  ko: string[];
  en: string[];
}

export interface ParallelView {
  id: string;
  versions: Record<Lang, DocumentVersion>;
  rows: ParallelRow[];
  /** Rows that do not pair one to one: shown, and counted for the reader. */
  mismatches: number;
}

/** Whether a document can be read side by side: it has both language versions. */
export function hasParallel(group: DocumentGroup): boolean {
  return !!(group.versions.ko && group.versions.en);
}

/** The two versions of a document aligned paragraph by paragraph, Korean on the left. */
export function parallelView(group: DocumentGroup): ParallelView | undefined {
  const ko = group.versions.ko;
  const en = group.versions.en;
  if (!ko || !en) return undefined;
  const aligned = alignBodies(ko.body, en.body);
  const html = (units: typeof aligned.left, indexes: number[]) => indexes.map((i) => renderUnit(units[i]!.markdown, units[i]!.number));
  const rows = aligned.rows.map((r) => ({ kind: r.kind, ko: html(aligned.left, r.left), en: html(aligned.right, r.right) }));
  return { id: group.id, versions: { ko, en }, rows, mismatches: rows.filter((r) => r.kind !== 'matched').length };
}

// A numbered paragraph rendered alone would restart at 1: keep its printed number.
function renderUnit(markdown: string, number?: number): string {
  if (number === undefined) return renderMarkdown(markdown);
  return renderMarkdown(markdown.replace(/^\d+[.)]\s*/, '')).replace(/^<p>/, `<p><span class="para-number">${number}.</span> `);
}
