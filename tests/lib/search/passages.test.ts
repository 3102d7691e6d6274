import { describe, expect, it } from 'vitest';
import { passageLabel, passagesOf, wordsOf } from '../../../src/lib/search/passages.ts';

// A record's words as Pagefind counts them: title (0–2), then paragraphs p1 (3–6), p2 (7–11), p3 (12–15).
const content = '한미 외교장관 회담 장관은 동맹의 협력을 말했다. 두 장관은 북한 문제를 논의했다. 양측은 협력을 이어가기로 했다';
const anchors = [
  { id: 'p1', location: 3 },
  { id: 'p2', location: 7 },
  { id: 'p3', location: 12 },
];
const at = (...locations: number[]) => locations.map((location) => ({ location, balanced_score: 10 }));

describe('passages a result matched (검색 문단 / matching paragraphs)', () => {
  it('name each paragraph that holds a matched word, the one with most matches first', () => {
    expect(wordsOf(content)[5]).toBe('협력을');
    const passages = passagesOf(content, anchors, [...at(5, 13), ...at(14)]);
    expect(passages.map((p) => p.id)).toEqual(['p3', 'p1']);
    expect(passages[0]!.label).toBe('3');
    expect(passages[0]!.excerpt).toBe('양측은 <mark>협력을</mark> <mark>이어가기로</mark> 했다');
  });
  it('cut a long paragraph around its densest matches, with ellipses, and never into the next paragraph', () => {
    const long = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const [p] = passagesOf(
      long,
      [
        { id: 'p1', location: 0 },
        { id: 'p2', location: 50 },
      ],
      at(30, 31),
      10,
    );
    expect(p!.excerpt.startsWith('… ')).toBe(true);
    expect(p!.excerpt).toContain('<mark>w30</mark> <mark>w31</mark>');
    const [q] = passagesOf(
      long,
      [
        { id: 'p1', location: 0 },
        { id: 'p2', location: 50 },
      ],
      at(48),
      10,
    );
    expect(q!.excerpt).not.toContain('w50');
    expect(q!.excerpt.endsWith('w49')).toBe(true);
  });
  it('leave out matches in the title and deck (before the first paragraph), and keep the earlier of equals', () => {
    expect(passagesOf(content, anchors, at(1))).toEqual([]);
    expect(passagesOf(content, anchors, at(9, 14)).map((p) => p.id)).toEqual(['p2', 'p3']);
    expect(passagesOf(content, anchors, at(4, 9, 14), 24, 2)).toHaveLength(2);
  });
  it('call a paragraph by its number, or by its anchor when it has none', () => {
    expect(passageLabel('p12')).toBe('12');
    expect(passageLabel('user-content-annex')).toBe('user-content-annex');
  });
});
