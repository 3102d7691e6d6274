/**
 * Per-field accuracy of the importer on the page-shape fixtures (tests/fixtures/pages/shapes/), each page in
 * its text and its HTML copy: what `npm run import -- --dry-run --json` finds against what the page says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPage, type ImportReport } from '../../src/ingest/import.ts';
import type { Registry } from '../../src/ingest/extract.ts';
import { markdownLines } from '../../src/lib/text/markdown-text.ts';
import { collapseSpace as normalize } from '../../src/lib/text/whitespace.ts';
import { SHAPES, expectedBody, type Shape, type SourceKind } from '../fixtures/pages/shapes.ts';
import { PAGES_DIR } from './fixtures.ts';

export const FIELDS = ['lang', 'title', 'published', 'meeting date', 'format', 'level', 'counterparts', 'kind', 'sentences kept', 'chrome dropped'] as const;
export type Field = (typeof FIELDS)[number];

export interface PageResult {
  shape: Shape;
  copy: 'txt' | 'html';
  report: ImportReport;
  /** Per field: right (1), wrong (0); for sentences and chrome, the share kept or dropped. */
  score: Record<Field, number>;
  /** What was wrong, field by field. */
  wrong: string[];
}

// The item marks the importer turns into list structure: the text after them is what must be kept.
const MARK = /^(?:[□■◆◇▷▶]|ㅇ|O|o|◦|○|º|°|●|-|–|△|ㆍ)\s+/;
const unmarked = (l: string) => normalize(l.replace(MARK, ''));

export function measurePage(shape: Shape, copy: 'txt' | 'html', registry: Registry): PageResult {
  const file = join(PAGES_DIR, 'shapes', `${shape.name}.${copy}`);
  const report = importPage(`${shape.name}.${copy}`, readFileSync(file), registry, '/nonexistent', { dryRun: true });
  const a = shape.article;
  const out = [report.title ?? '', ...(report.deck ?? []), ...markdownLines(report.body ?? '')].map(normalize);
  const bodyOut = new Set(markdownLines(report.body ?? '').map(normalize));
  const want = expectedBody(a).map(unmarked);
  const kept = want.filter((l) => bodyOut.has(l) || bodyOut.has(normalize(l)));
  const chrome = shape.layout(a).chrome.map((c) => normalize(c));
  const leaked = chrome.filter((c) => out.some((o) => o === c || o === unmarked(c) || o === c.replace(/^\d+\.\s+/, '')));
  const m = report.meeting;
  const checks: [Field, unknown, unknown][] = [
    ['lang', report.lang, a.lang],
    ['title', report.title, a.title],
    ['published', report.published ?? null, a.published],
    ['meeting date', m?.date ?? null, a.meeting.date],
    ['format', m?.format, a.meeting.format],
    ['level', m?.level ?? null, a.meeting.level],
    ['counterparts', [...(m?.counterparts ?? [])].sort().join(','), [...a.meeting.counterparts].sort().join(',')],
    ['kind', report.source?.kind, a.kind],
  ];
  const score = {} as Record<Field, number>;
  const wrong: string[] = [];
  for (const [field, got, expected] of checks) {
    score[field] = got === expected ? 1 : 0;
    if (got !== expected) wrong.push(`${field}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
  }
  score['sentences kept'] = want.length ? kept.length / want.length : 1;
  for (const l of want) if (!kept.includes(l)) wrong.push(`sentence lost: ${l.slice(0, 70)}`);
  score['chrome dropped'] = chrome.length ? 1 - leaked.length / chrome.length : 1;
  for (const c of leaked) wrong.push(`chrome kept: ${c.slice(0, 70)}`);
  return { shape, copy, report, score, wrong };
}

export interface Accuracy {
  pages: number;
  /** Share right per field, overall and by source kind. */
  overall: Record<Field, number>;
  bySource: Record<string, Record<Field, number> & { pages: number }>;
  results: PageResult[];
}

export function measureAll(registry: Registry): Accuracy {
  const results = SHAPES.flatMap((s) =>
    (['txt', 'html'] as const).map((copy) => measurePage(s, copy, { ...registry, meetings: [...registry.meetings], documents: [...registry.documents] })),
  );
  const mean = (rs: PageResult[], f: Field) => rs.reduce((sum, r) => sum + r.score[f], 0) / Math.max(1, rs.length);
  const overall = Object.fromEntries(FIELDS.map((f) => [f, mean(results, f)])) as Record<Field, number>;
  const sources = [...new Set(SHAPES.map((s) => s.source))] as SourceKind[];
  const bySource = Object.fromEntries(
    sources.map((src) => {
      const rs = results.filter((r) => r.shape.source === src);
      return [src, { pages: rs.length, ...Object.fromEntries(FIELDS.map((f) => [f, mean(rs, f)])) }];
    }),
  ) as Accuracy['bySource'];
  return { pages: results.length, overall, bySource, results };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The accuracy as a Markdown table, one row per source kind and one for all. */
export function accuracyTable(acc: Accuracy): string {
  const head = `| source | pages | ${FIELDS.join(' | ')} |\n| --- | ---: | ${FIELDS.map(() => '---:').join(' | ')} |`;
  const rows = Object.entries(acc.bySource).map(([src, r]) => `| ${src} | ${r.pages} | ${FIELDS.map((f) => pct(r[f])).join(' | ')} |`);
  return [head, ...rows, `| **all** | ${acc.pages} | ${FIELDS.map((f) => `**${pct(acc.overall[f])}**`).join(' | ')} |`].join('\n');
}
