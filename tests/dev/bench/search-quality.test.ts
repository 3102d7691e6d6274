import { describe, expect, it } from 'vitest';
import { mean3, ndcgAt, reciprocalRank } from '../../../src/dev/bench/search-quality.ts';

describe('graded search measures (nDCG@10, MRR)', () => {
  const grades = { a: 3, b: 2, c: 1 };
  it('give 1 to the ideal order and less to any other', () => {
    expect(ndcgAt(['a', 'b', 'c'], grades)).toBe(1);
    expect(ndcgAt(['c', 'b', 'a'], grades)).toBeLessThan(ndcgAt(['a', 'c', 'b'], grades));
    expect(ndcgAt(['x', 'a', 'b', 'c'], grades)).toBeLessThan(1);
    expect(ndcgAt([], grades)).toBe(0);
    // A relevant document past the cut counts nothing.
    expect(ndcgAt(['x', 'y', 'a'], grades, 2)).toBe(0);
  });
  it('rank the first relevant result', () => {
    expect(reciprocalRank(['x', 'b'], grades)).toBe(0.5);
    expect(reciprocalRank(['x'], grades)).toBe(0);
    expect(mean3([1, 0.5, 0])).toBe(0.5);
  });
});
