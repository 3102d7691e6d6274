/**
 * Where in a document a search result matched: the paragraphs of the article page (their anchors, `#p3`) that
 * hold the matched words, best first, each with an excerpt of its own. Pagefind's sub-results only follow
 * headings; a release is numbered paragraphs, so the archive works them out from the anchors its records mark
 * (lib/search/records) and the word positions Pagefind returns.
 */

/** An element with an id, where it begins in the record's words (Pagefind's `anchors`). */
export interface Anchor {
  id: string;
  location: number;
}

/** A matched word's position and score (Pagefind's `weighted_locations`). */
export interface WordMatch {
  location: number;
  balanced_score: number;
}

export interface Passage {
  /** The anchor on the article page (`p3`). */
  id: string;
  /** What a reader calls it: the paragraph's number when it has one (`3`), else its anchor. */
  label: string;
  score: number;
  /** Its words around the densest matches, matched words in `<mark>` (HTML as Pagefind's excerpts are). */
  excerpt: string;
}

/** A record's words as Pagefind counts them (its `content` split on white space). */
export const wordsOf = (content: string): string[] => content.split(/[\r\n\s]+/g);

/** The paragraph a label names: `p3` is paragraph 3. */
export const passageLabel = (id: string): string => /^p(\d+)$/.exec(id)?.[1] ?? id;

/** The window of `length` words in [start, end) with the most matched score, its first word: of equal windows the middle one, so the matches sit inside it. */
function densest(scores: Map<number, number>, start: number, end: number, length: number): number {
  let bestSum = -1;
  let best: number[] = [];
  const last = Math.max(start, end - length);
  for (let at = start; at <= last; at++) {
    let sum = 0;
    for (let i = at; i < Math.min(end, at + length); i++) sum += scores.get(i) ?? 0;
    if (sum > bestSum) [bestSum, best] = [sum, [at]];
    else if (sum === bestSum) best.push(at);
  }
  return best[Math.floor(best.length / 2)] ?? start;
}

/**
 * The paragraphs that hold matched words, best first (most matched score; the earlier one when equal), at most
 * `limit`. Words before the first anchor (the title and deck) belong to no paragraph.
 */
export function passagesOf(content: string, anchors: readonly Anchor[], matches: readonly WordMatch[], length = 24, limit = 3): Passage[] {
  const words = wordsOf(content);
  const sorted = [...anchors].sort((a, b) => a.location - b.location);
  const scores = new Map<number, number>();
  for (const m of matches) scores.set(m.location, (scores.get(m.location) ?? 0) + (m.balanced_score || 1));
  const passages = sorted.map((a, i) => {
    const start = a.location;
    const end = sorted[i + 1]?.location ?? words.length;
    let score = 0;
    for (const [at, s] of scores) if (at >= start && at < end) score += s;
    return { a, start, end, score };
  });
  return passages
    .filter((p) => p.score > 0)
    .sort((x, y) => y.score - x.score || x.start - y.start)
    .slice(0, limit)
    .map(({ a, start, end, score }) => {
      const from = densest(scores, start, end, length);
      const to = Math.min(end, from + length);
      const shown = words.slice(from, to).map((w, i) => (scores.has(from + i) ? `<mark>${w}</mark>` : w));
      return { id: a.id, label: passageLabel(a.id), score, excerpt: `${from > start ? '… ' : ''}${shown.join(' ')}${to < end ? ' …' : ''}` };
    });
}
