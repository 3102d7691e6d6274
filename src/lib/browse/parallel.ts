import type { Lang } from '../../schemas/common.ts';
import { alignBodies, type RowKind, type Unit } from './alignment.ts';
import type { DocumentGroup, DocumentVersion } from '../model/archive.ts';
import { renderBlocks } from '../text/render-markdown.ts';

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

// The page exists in both languages and shows the same rows, and its two languages are rendered one after the
// other: the last pair's alignment is kept (keeping every pair's would hold all the texts twice over in memory).
let last: { ko: DocumentVersion; en: DocumentVersion; view: ParallelView } | undefined;

/** The two versions of a document aligned paragraph by paragraph, Korean on the left. */
export function parallelView(group: Pick<DocumentGroup, 'id' | 'versions'>): ParallelView | undefined {
  const ko = group.versions.ko;
  const en = group.versions.en;
  if (!ko || !en) return undefined;
  if (last?.ko !== ko || last.en !== en) last = { ko, en, view: alignVersions(group.id, ko, en) };
  return last.view;
}

function alignVersions(id: string, ko: DocumentVersion, en: DocumentVersion): ParallelView {
  const pairs = alignBodies(ko.body, en.body);
  const html = (units: typeof pairs.left, indexes: number[]) => indexes.map((i) => renderUnit(units[i]!));
  const rows = pairs.rows.map((r) => ({ kind: r.kind, ko: html(pairs.left, r.left), en: html(pairs.right, r.right) }));
  return { id, versions: { ko, en }, rows, mismatches: rows.filter((r) => r.kind !== 'matched').length };
}

// A numbered paragraph rendered alone would restart at 1: its content is rendered, after its printed number.
function renderUnit(unit: Unit): string {
  const html = renderBlocks(unit.nodes);
  return unit.number === undefined ? html : html.replace(/^<p>/, `<p><span class="para-number">${unit.number}.</span> `);
}
