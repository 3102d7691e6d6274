/**
 * Graded measures of a ranked result list against hand-graded relevance (0 = not relevant … 3 = what the reader
 * came for): nDCG@k rewards putting the most relevant documents first; the reciprocal rank is 1 / the position of
 * the first relevant one. The search tests report both for the archive and for plain Pagefind on the same pages.
 */

/** Discounted cumulative gain of the first k grades (gain 2^g − 1, discount log2(position + 1)). */
function dcg(grades: readonly number[], k: number): number {
  return grades.slice(0, k).reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

/** nDCG@k of a ranked list of ids against their grades (ids not graded count 0); 1 when nothing is relevant and nothing found. */
export function ndcgAt(ranked: readonly string[], grades: Readonly<Record<string, number>>, k = 10): number {
  const ideal = dcg(
    Object.values(grades)
      .filter((g) => g > 0)
      .sort((a, b) => b - a),
    k,
  );
  if (ideal === 0) return 1;
  return (
    dcg(
      ranked.map((id) => grades[id] ?? 0),
      k,
    ) / ideal
  );
}

/** 1 / the rank of the first result graded relevant (0 when none is in the list). */
export function reciprocalRank(ranked: readonly string[], grades: Readonly<Record<string, number>>): number {
  const at = ranked.findIndex((id) => (grades[id] ?? 0) > 0);
  return at < 0 ? 0 : 1 / (at + 1);
}

/** The mean of a list, to three places. */
export const mean3 = (xs: readonly number[]): number => Math.round((xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)) * 1000) / 1000;
