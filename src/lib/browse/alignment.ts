/**
 * Aligning two language versions of a document paragraph by paragraph, for reading them side by side.
 * Numbered paragraphs pair by their numbers. Otherwise paragraphs pair in order, by a dynamic-programming
 * alignment (after Gale and Church) that weighs paragraph lengths and the anchors both languages share —
 * numbers, dates, Latin names and acronyms — so that a paragraph one version lacks shows as missing at its
 * place instead of shifting every later pair. Whatever does not pair one to one is marked, never hidden.
 */
import { ENGLISH_MONTHS } from '../text/months.ts';
import type { List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownParser } from '../../markdown/gfm.ts';

/** One paragraph-like block of a body: a paragraph, heading, list item of a numbered list, list or table. */
export interface Unit {
  /** Position in the body, from 0. */
  index: number;
  /** The printed number of a numbered paragraph (`1.`). */
  number?: number;
  /** The block's Markdown, as written in the body. */
  markdown: string;
  /** Its plain text, for weighing. */
  text: string;
  /** Its syntax tree, as parsed in the whole body (what the side-by-side view renders, without parsing again). */
  nodes: RootContent[];
}

export type RowKind = 'matched' | 'merged' | 'only-left' | 'only-right';

/** A row of the parallel view: the units of each side it holds (indexes), and how they pair. */
export interface Row {
  kind: RowKind;
  left: number[];
  right: number[];
}

/** The units of a Markdown body: each top-level block, and each item of a numbered list on its own. */
export function paragraphUnits(markdown: string): Unit[] {
  const tree = markdownParser.parse(markdown) as Root;
  const units: Unit[] = [];
  const slice = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) =>
    markdown.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  for (const node of tree.children as RootContent[]) {
    if (node.type === 'list' && (node as List).ordered) {
      const list = node as List;
      list.children.forEach((item, i) => {
        const number = (list.start ?? 1) + i;
        units.push({ index: units.length, number, markdown: slice(item), text: `${number}. ${toString(item)}`, nodes: item.children });
      });
      continue;
    }
    const text = toString(node).trim();
    if (node.type === 'html' || !text) continue;
    units.push({ index: units.length, markdown: slice(node), text, nodes: [node] });
  }
  return units;
}

/** What both languages print alike: numbers (a month's name counts as its number), Latin names and acronyms. */
export function anchors(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/\d+/g)) out.add(String(Number(m[0])));
  for (const m of text.matchAll(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g)) {
    out.add(String(ENGLISH_MONTHS.indexOf(m[1]!.toLowerCase() as (typeof ENGLISH_MONTHS)[number]) + 1));
  }
  for (const m of text.matchAll(/\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b|\b[A-Z][a-z]{2,}\b/g)) {
    // Sentence-initial words, titles, months and weekdays are not names the other language would print.
    if (
      !/^(The|This|That|They|These|Both|In|On|At|For|With|And|But|Minister|Vice|Deputy|Secretary|President|First|Also|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(
        m[0],
      )
    )
      out.add(m[0]);
  }
  return out;
}

const SKIP = 1.6;
const MERGE = 0.7;

function similarity(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / Math.min(a.size, b.size);
}

/** Pairs two versions' units; numbered versions by number, the rest by the weighted alignment. */
export function alignUnits(left: readonly Unit[], right: readonly Unit[]): Row[] {
  const numbered = (units: readonly Unit[]) => units.length > 0 && units.filter((u) => u.number !== undefined).length >= units.length * 0.8;
  if (numbered(left) && numbered(right)) return byNumber(left, right);
  return byWeight(left, right);
}

function byNumber(left: readonly Unit[], right: readonly Unit[]): Row[] {
  // A merge of the two numbered sequences; an unnumbered unit (a heading, a closing line) keeps its place.
  const rows: Row[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length || j < right.length) {
    const l = left[i];
    const r = right[j];
    if (l && r && l.number !== undefined && l.number === r.number) rows.push({ kind: 'matched', left: [i++], right: [j++] });
    else if (l && (l.number === undefined || !r || (r.number !== undefined && l.number < r.number))) rows.push({ kind: 'only-left', left: [i++], right: [] });
    else rows.push({ kind: 'only-right', left: [], right: [j++] });
  }
  return rows;
}

function byWeight(left: readonly Unit[], right: readonly Unit[]): Row[] {
  const n = left.length;
  const m = right.length;
  const len = (u: Unit) => Math.max(u.text.length, 1);
  const total = (units: readonly Unit[]) => units.reduce((a, u) => a + len(u), 0) || 1;
  // How much longer the right side runs than the left overall (English is about twice as long as Korean).
  const ratio = total(right) / total(left);
  const la = left.map((u) => anchors(u.text));
  const ra = right.map((u) => anchors(u.text));
  const union = (sets: Set<string>[]) => new Set(sets.flatMap((s) => [...s]));
  const pairCost = (l: number[], r: number[]) => {
    const ll = l.reduce((a, i) => a + len(left[i]!), 0);
    const rl = r.reduce((a, i) => a + len(right[i]!), 0);
    // A merge must be earned by each merged paragraph: one with numbers or names of its own shares some with
    // the other side; one without any carries a good part of the text. So a short closing line, or a
    // paragraph about something else, is not folded into its neighbour's pair.
    if (l.length + r.length > 2) {
      const [many, other, units, sets, otherSets, total] = l.length > 1 ? ([l, r, left, la, ra, ll] as const) : ([r, l, right, ra, la, rl] as const);
      const theirs = union(other.map((k) => otherSets[k]!));
      const earned = (k: number) => (sets[k]!.size ? similarity(sets[k]!, theirs) > 0 : len(units[k]!) >= total * 0.25);
      if (!many.every(earned)) return Infinity;
    }
    const lengthCost = Math.abs(Math.log(rl / (ll * ratio)));
    const sim = similarity(union(l.map((i) => la[i]!)), union(r.map((i) => ra[i]!)));
    return lengthCost - 1.2 * sim + (l.length + r.length > 2 ? MERGE : 0);
  };

  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const from: ([number, number] | undefined)[][] = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(undefined));
  cost[0]![0] = 0;
  const moves: [number, number][] = [
    [1, 1],
    [1, 0],
    [0, 1],
    [2, 1],
    [1, 2],
  ];
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i]![j]!;
      if (here === Infinity) continue;
      for (const [di, dj] of moves) {
        const ni = i + di;
        const nj = j + dj;
        if (ni > n || nj > m) continue;
        const step =
          di === 0 || dj === 0
            ? SKIP
            : pairCost(
                Array.from({ length: di }, (_, k) => i + k),
                Array.from({ length: dj }, (_, k) => j + k),
              );
        if (here + step < cost[ni]![nj]!) {
          cost[ni]![nj] = here + step;
          from[ni]![nj] = [i, j];
        }
      }
    }
  }
  const rows: Row[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [pi, pj] = from[i]![j]!;
    const l = Array.from({ length: i - pi }, (_, k) => pi + k);
    const r = Array.from({ length: j - pj }, (_, k) => pj + k);
    const kind: RowKind = !r.length ? 'only-left' : !l.length ? 'only-right' : l.length === 1 && r.length === 1 ? 'matched' : 'merged';
    rows.push({ kind, left: l, right: r });
    [i, j] = [pi, pj];
  }
  return rows.reverse();
}

/** The rows for two Markdown bodies. */
export function alignBodies(left: string, right: string): { left: Unit[]; right: Unit[]; rows: Row[] } {
  const l = paragraphUnits(left);
  const r = paragraphUnits(right);
  return { left: l, right: r, rows: alignUnits(l, r) };
}
