/**
 * What a search result matched through, when a query word is not in its text: another form of a name or
 * place the document names (`폼페이오 → 폼페오`, `Seoul → 서울`), or the inside of a Korean word (`동맹 →
 * 한미동맹이`). The records carry the forms as `terms` lines (lib/search/records); the text is the record's.
 */
import { wordsOf, type WordMatch } from './passages.ts';

export interface Through {
  /** The query word, as typed. */
  query: string;
  /** What the document has instead. */
  via: string;
}

/** A word as Pagefind compares it: lower case, letters and digits only. */
export const normalWord = (word: string): string =>
  word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/** A word and the parts Pagefind also indexes when punctuation joins them (`Kyung-wha`: kyungwha, kyung, wha). */
const partsOf = (word: string): string[] => [normalWord(word), ...word.split(/[^\p{L}\p{N}]+/u).map(normalWord)].filter(Boolean);

/** The words of a query as typed, quotation marks and lone punctuation left out. */
export function queryWords(query: string): string[] {
  return query
    .split(/\s+/)
    .map((w) => w.replace(/^["'“”‘’]+|["'“”‘’]+$/g, ''))
    .filter((w) => normalWord(w));
}

/** The `terms` lines: a label and the forms it stands for. */
function termLines(terms: string): { label: string; words: string[] }[] {
  return terms
    .split('\n')
    .map((line) => {
      const [label = '', forms = ''] = line.split('\t');
      return { label, words: [...label.split(/\s+/), ...forms.split(/\s+/)].flatMap(partsOf) };
    })
    .filter((l) => l.label);
}

/** What a normalized query word (or a part of it) matched in this record, if anything explains it. */
function explain(q: string, text: readonly string[], normal: readonly string[][], lines: { label: string; words: string[] }[]): string | undefined {
  const inText = normal.findIndex((parts) => parts.some((p) => p.startsWith(q)));
  if (inText >= 0) return trimmed(text[inText]!);
  const line = lines.find((l) => l.words.some((w) => w.startsWith(q)));
  if (line) return line.label;
  const inside = text.findIndex((w) => normalWord(w).includes(q));
  return inside >= 0 ? trimmed(text[inside]!) : undefined;
}

const trimmed = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * For each query word the text does not hold (by prefix, as Pagefind matches), what it matched instead, if
 * known. A word nothing in the index starts with is matched by Pagefind through the longest indexed word it
 * starts with (`장관급` through `장관`): that shorter match is said too (`장관급 → 부장관과`).
 */
export function matchedThrough(query: string, content: string, terms = ''): Through[] {
  const text = wordsOf(content);
  const normal = text.map(partsOf);
  const lines = termLines(terms);
  const out: Through[] = [];
  for (const word of queryWords(query)) {
    const q = normalWord(word);
    if (normal.some((parts) => parts.some((p) => p.startsWith(q)))) continue;
    // The whole word, then ever shorter starts of it, as Pagefind falls back.
    for (let n = q.length; n >= 1; n--) {
      const via = explain(q.slice(0, n), text, normal, lines);
      if (!via) continue;
      // A form that is the query itself (a label the text does not print) says nothing new.
      if (!normalWord(via).startsWith(q)) out.push({ query: word, via });
      break;
    }
  }
  return out;
}

const HANGUL = /\p{Script=Hangul}/u;

/**
 * Where in the text a result matched beyond the words Pagefind located: the forms it matched through, and the
 * words a Korean query word is inside of (Pagefind finds `동맹` in `한미동맹이` through the records' terms, and
 * returns no position for it). For the paragraphs and excerpts; `located` are Pagefind's own positions.
 */
export function extraLocations(content: string, query: string, through: readonly Through[], located: readonly WordMatch[] = []): WordMatch[] {
  const starts = [...new Set(through.flatMap((t) => t.via.split(/\s+/).map(normalWord)).filter(Boolean))];
  const inside = queryWords(query)
    .filter((w) => HANGUL.test(w))
    .map(normalWord);
  const known = new Set(located.map((l) => l.location));
  return wordsOf(content).flatMap((word, location) => {
    const w = normalWord(word);
    const found = w && !known.has(location) && (starts.some((v) => w.startsWith(v)) || inside.some((q) => w.includes(q)));
    return found ? [{ location, balanced_score: 1 }] : [];
  });
}
