import { describe, expect, it } from 'vitest';
import { extraLocations, matchedThrough, normalWord, queryWords } from '../../../src/lib/search/matched.ts';
import { highlightHref, highlightTerms } from '../../../src/lib/search/highlight.ts';

const ko = '강경화 장관은 폼페오 국무장관과 통화하고 한미동맹이 굳건하다고 말했다.';
const en = 'Minister Kang Kyung-wha spoke with Secretary Pompeo by phone.';
const koTerms = ['강경화\tKang Kyung-wha Kyungwha', '폼페오\t폼페이오 마이크 Mike Pompeo', '미국\t미 United States US America', '\t동맹이 동맹'].join('\n');
const enTerms = ['Pompeo\tMike 폼페이오 폼페오 마이크', 'Kang Kyung-wha\t강경화 Kyungwha', 'United States\t미국 미 US'].join('\n');

describe('what a result matched through (다른 표기 / matched through)', () => {
  it('names the form of a name the text uses, for a query in the other script', () => {
    expect(matchedThrough('폼페이오', en, enTerms)).toEqual([{ query: '폼페이오', via: 'Pompeo' }]);
    expect(matchedThrough('Pompeo', ko, koTerms)).toEqual([{ query: 'Pompeo', via: '폼페오' }]);
    expect(matchedThrough('강경화 Pompeo', en, enTerms)).toEqual([{ query: '강경화', via: 'Kang Kyung-wha' }]);
  });
  it('names the Korean word a query matched inside of', () => {
    expect(matchedThrough('동맹', ko, koTerms)).toEqual([{ query: '동맹', via: '한미동맹이' }]);
  });
  it('says nothing for words the text holds, by prefix or as a part of a joined word', () => {
    expect(matchedThrough('Pomp', en, enTerms)).toEqual([]);
    expect(matchedThrough('wha minister', en, enTerms)).toEqual([]);
    expect(matchedThrough('"장관은 폼페오"', ko, koTerms)).toEqual([]);
  });
  it('says nothing when the form matched is the label itself, or when nothing explains the match', () => {
    expect(matchedThrough('United', en.replace('Pompeo', 'him'), enTerms)).toEqual([]);
    expect(matchedThrough('서울', en, enTerms)).toEqual([]);
  });
  it('finds where the forms are, and the words a Korean query word is inside of, for the paragraphs and the excerpt', () => {
    expect(extraLocations(en, '폼페이오', [{ query: '폼페이오', via: 'Pompeo' }])).toEqual([{ location: 6, balanced_score: 1 }]);
    expect(extraLocations(ko, '동맹', [{ query: '동맹', via: '한미동맹이' }]).map((l) => l.location)).toEqual([5]);
    // Found by Pagefind at its start in one word, inside another: both count, the located one once.
    const text = '동맹국과 한미동맹이';
    expect(extraLocations(text, '동맹', [], [{ location: 0, balanced_score: 500 }])).toEqual([{ location: 1, balanced_score: 1 }]);
    // Latin words are matched by prefix only, as Pagefind does.
    expect(extraLocations('unmatched matched', 'match', [])).toEqual([]);
  });
  it('reads query words as Pagefind does: case, punctuation and quotation marks aside', () => {
    expect(queryWords('"extended deterrence" – Pompeo,')).toEqual(['extended', 'deterrence', 'Pompeo,']);
    expect(normalWord('Kyung-wha,')).toBe('kyungwha');
  });
});

describe('highlight terms a result carries (검색어 표시 / highlight)', () => {
  it('carry the query words and the forms matched through, at the paragraph', () => {
    const terms = highlightTerms('폼페이오 통화', [{ query: '폼페이오', via: 'Pompeo' }]);
    expect(terms).toEqual(['폼페이오', '통화', 'Pompeo']);
    const href = highlightHref('/en/documents/x/', terms, 'p3');
    expect(href).toBe('/en/documents/x/?highlight=%ED%8F%BC%ED%8E%98%EC%9D%B4%EC%98%A4&highlight=%ED%86%B5%ED%99%94&highlight=Pompeo#p3');
    expect(new URL(href, 'https://example.org').searchParams.getAll('highlight')).toEqual(terms);
  });
  it('leave the address as it is without terms', () => {
    expect(highlightHref('/ko/documents/x/', [])).toBe('/ko/documents/x/');
  });
});

describe('a word nothing starts with (Pagefind matches it through a shorter word)', () => {
  it('says the shorter word it matched through, in the text or among the forms', () => {
    expect(matchedThrough('장관급', '김 차관은 부장관과 만났다', '')).toEqual([{ query: '장관급', via: '부장관과' }]);
    expect(matchedThrough('장관급', '강 장관은 통화했다', '')).toEqual([{ query: '장관급', via: '장관은' }]);
    expect(matchedThrough('Pompeos', '폼페오 장관', '폼페오\tMike Pompeo')).toEqual([{ query: 'Pompeos', via: '폼페오' }]);
  });
});
