import { describe, expect, it } from 'vitest';
import { alignBodies, alignUnits, anchors, paragraphUnits, type Unit } from '../../../src/lib/browse/alignment.ts';
import { checkContentFolder } from '../../../src/lib/content/check-folder-fs.ts';
import { CONTENT_DIR } from '../../support/fixtures.ts';

const { data } = checkContentFolder(CONTENT_DIR);
const body = (id: string, lang: string) => data.documents.find((d) => d.id === id && d.lang === lang)!.body;
const units = (...texts: string[]): Unit[] => texts.map((text, index) => ({ index, text, markdown: text, nodes: [] }));
const numbered = (...items: [number, string][]): Unit[] =>
  items.map(([number, text], index) => ({ index, number, text: `${number}. ${text}`, markdown: `${number}. ${text}`, nodes: [] }));

describe('paragraph units of a body', () => {
  it('takes each block, and each numbered paragraph with its number', () => {
    const u = paragraphUnits('## 제목\n\n첫 문단.\n\n1. one\n\n2. two\n\n- a\n- b\n\n| x | y |\n| --- | --- |\n| 1 | 2 |');
    expect(u.map((x) => [x.number ?? null, x.text])).toEqual([
      [null, '제목'],
      [null, '첫 문단.'],
      [1, '1. one'],
      [2, '2. two'],
      [null, 'ab'],
      [null, 'xy12'],
    ]);
    expect(u[2]!.markdown).toBe('1. one');
  });

  it('finds anchors both languages print: numbers, months as numbers, Latin names and acronyms', () => {
    expect([...anchors('김 차관은 5.29.(수) 오후 조나단 파이너(Jonathan Finer) 美 NSC 보좌관과')]).toEqual(['5', '29', 'Jonathan', 'Finer', 'NSC']);
    expect([...anchors('On the afternoon of May 29 (Wednesday), Vice Minister Kim met Jonathan Finer (NSC)')]).toEqual([
      '29',
      '5',
      'Kim',
      'Jonathan',
      'Finer',
      'NSC',
    ]);
  });
});

describe('aligning two versions (한국어·English)', () => {
  it('the ministry release: nine Korean paragraphs against eight numbered English ones, the closing line marked', () => {
    const { rows } = alignBodies(body('2024-06-01-mofa-kr-us-vice-ministers', 'ko'), body('2024-06-01-mofa-kr-us-vice-ministers', 'en'));
    expect(rows).toEqual([...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ kind: 'matched', left: [i], right: [i] })), { kind: 'only-left', left: [8], right: [] }]);
  });

  it('the news report and its machine translation: twelve to twelve, in order', () => {
    const { rows } = alignBodies(body('2024-11-15-inside-story-lima-foreign-ministers', 'ko'), body('2024-11-15-inside-story-lima-foreign-ministers', 'en'));
    expect(rows.every((r) => r.kind === 'matched')).toBe(true);
    expect(rows.map((r) => [r.left[0], r.right[0]])).toEqual(Array.from({ length: 12 }, (_, i) => [i, i]));
  });

  it('numbered paragraphs pair by number: a missing number is marked at its place, not shifted', () => {
    const rows = alignUnits(numbered([1, '가'], [2, '나'], [3, '다'], [4, '라']), numbered([1, 'a'], [2, 'b'], [4, 'd'], [5, 'e']));
    expect(rows).toEqual([
      { kind: 'matched', left: [0], right: [0] },
      { kind: 'matched', left: [1], right: [1] },
      { kind: 'only-left', left: [2], right: [] },
      { kind: 'matched', left: [3], right: [2] },
      { kind: 'only-right', left: [], right: [3] },
    ]);
  });

  it('a paragraph only one version has, in the middle, is marked where it stands', () => {
    const ko = units(
      '조태열 장관은 14일 리마에서 블링컨(Blinken) 장관과 회담했다.',
      '양 장관은 9.19 군사합의 등 북한 문제를 논의했다.',
      '이 문단은 한국어판에만 있는 긴 설명으로 2025년 APEC 정상회의와 관련된 여러 배경을 담고 있다.',
      '양 장관은 12월 회의에서 다시 만나기로 했다.',
    );
    const en = units(
      'Minister Cho met Secretary Blinken in Lima on the 14th.',
      'The two ministers discussed North Korea issues, including the September 19 military agreement.',
      'They agreed to meet again at the December meeting (12).',
    );
    expect(alignUnits(ko, en).map((r) => r.kind)).toEqual(['matched', 'matched', 'only-left', 'matched']);
  });

  it('two paragraphs rendered as one are marked as merged', () => {
    const ko = units('양 장관은 5.27 위성 발사를 규탄했다.', '양 장관은 NCG 협력 강화에 합의했다.', '양 장관은 CSIS 간담회에 참석했다.');
    const en = units(
      'The two ministers condemned the launch of May 27, and agreed to strengthen cooperation through the NCG, which both consider essential to deterrence on the peninsula.',
      'They attended a roundtable at CSIS.',
    );
    expect(alignUnits(ko, en)).toEqual([
      { kind: 'merged', left: [0, 1], right: [0] },
      { kind: 'matched', left: [2], right: [1] },
    ]);
  });

  it('one side empty: everything is marked as only in the other', () => {
    expect(alignUnits(units('하나', '둘'), [])).toEqual([
      { kind: 'only-left', left: [0], right: [] },
      { kind: 'only-left', left: [1], right: [] },
    ]);
    expect(alignUnits([], [])).toEqual([]);
  });
});
