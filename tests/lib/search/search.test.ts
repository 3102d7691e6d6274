import { describe, expect, it } from 'vitest';
import { innerParts, koreanTerms, stripParticle } from '../../../src/lib/search/korean.ts';
import { mergeHits, pagefindFilters, parseState, safeExcerpt, stateToSearch, sumCounts } from '../../../src/lib/search/query-state.ts';
import { bodyContent, searchRecords, withoutMarks } from '../../../src/lib/search/records.ts';
import { realArchive } from '../../support/archive.ts';

describe('Korean search terms', () => {
  it('strip the particle and keep a stem of two syllables or more', () => {
    expect(stripParticle('한미동맹이')).toBe('한미동맹');
    expect(stripParticle('외교장관회담에서')).toBe('외교장관회담');
    expect(stripParticle('대만')).toBe('대만');
    expect(stripParticle('북한은')).toBe('북한');
  });
  it('give every later part of a compound', () => {
    expect(innerParts('군사정찰위성')).toEqual(['사정찰위성', '정찰위성', '찰위성', '위성']);
  });
  it('find words inside quotes, before parentheses and joined by ·', () => {
    expect([...koreanTerms('‘군사정찰위성’을')]).toEqual(['군사정찰위성', '사정찰위성', '정찰위성', '찰위성', '위성']);
    expect([...koreanTerms('반도체·전기차·배터리')]).toEqual(expect.arrayContaining(['전기차', '배터리']));
    expect([...koreanTerms('핵협의그룹(NCG)을')]).toEqual(['협의그룹', '의그룹', '그룹']);
  });
  it('add nothing a prefix search already finds', () => {
    expect([...koreanTerms('차관은 북한')]).toEqual([]);
  });
});

describe('search records', () => {
  const records = searchRecords(realArchive(), '/archive/');
  const call = records.find((r) => r.url.endsWith('2018-06-29-ecounion-kr-us-foreign-ministers-call/'))!;

  it('carry every name form of the people a document reports, and its places, as searchable metadata', () => {
    expect(call.url).toBe('/archive/ko/documents/2018-06-29-ecounion-kr-us-foreign-ministers-call/');
    expect(call.meta.terms!.split(/\s+/)).toEqual(expect.arrayContaining(['Pompeo', '폼페오', 'Kang', 'Kyung-wha']));
    const lima = records.find((r) => r.url.includes('/en/documents/2024-11-15-inside-story'))!;
    expect(lima.meta.terms!.split(/\s+/)).toEqual(expect.arrayContaining(['리마', 'Lima', '페루', 'Peru']));
  });
  it('say what each group of forms stands for, in the form the text uses (for "matched through")', () => {
    const lines = call.meta.terms!.split('\n').map((l) => l.split('\t'));
    // The Korean report writes 폼페오, not the registry's 폼페이오: the label is the text's form.
    const pompeo = lines.find(([, forms]) => forms!.split(' ').includes('Pompeo'))!;
    expect(call.content).toContain(pompeo[0]);
    expect(pompeo[0]).toMatch(/폼페/);
    expect(lines.find(([label]) => label === '미국' || label === '미')).toBeDefined();
  });
  it('keep derived terms out of the text excerpts are cut from', () => {
    expect(call.content).not.toContain('Pompeo');
    expect(call.content.startsWith('한미 외교장관 전화통화…비핵화 전략 조율')).toBe(true);
  });
  it("mark where each paragraph the article page anchors begins, in Pagefind's own anchor mark", () => {
    expect(call.content).toMatch(/\n___PAGEFIND_ANCHOR___p:0:p1 \S/);
    const marks = [...call.content.matchAll(/___PAGEFIND_ANCHOR___p:(\d+):(\S+) /g)];
    expect(marks.map((m) => Number(m[1]))).toEqual(marks.map((_, i) => i));
    expect(withoutMarks(call.content)).not.toContain('PAGEFIND');
  });
  it('keep a word of the text from reading as a Pagefind mark', () => {
    const content = bodyContent('Before ___PAGEFIND_WEIGHT___0 hidden ___END_PAGEFIND_WEIGHT___ after.');
    expect(content).not.toMatch(/(^|\s)___(END_)?PAGEFIND_WEIGHT/);
    expect(content.replace(/\u200c/g, '')).toContain('Before ___PAGEFIND_WEIGHT___0 hidden');
  });
  it('put no category in the searched metadata: kind, level, format, language, dates and codes are filters', () => {
    for (const r of records) {
      expect(Object.keys(r.meta).sort()).toEqual(['meeting', 'terms', 'title']);
      expect(`${r.meta.meeting} ${r.meta.title}`).not.toMatch(/\b(official|news|blog|minister|vice-minister|telephone|in-person|2018|2024)\b|외교부 장관/);
    }
  });
  it('give filters and sort keys from the meeting', () => {
    expect(call.filters).toEqual({
      date: ['2018-06-29'],
      year: ['2018'],
      counterpart: ['us'],
      level: ['minister'],
      format: ['telephone'],
      kind: ['news'],
      person: ['kang-kyung-wha', 'mike-pompeo'],
    });
    expect(call.sort).toEqual({ date: '2018-06-29' });
  });
  it('can leave the derived terms out, as plain Pagefind would', () => {
    expect(searchRecords(realArchive(), '/', { terms: false })[0]!.meta.terms).toBeUndefined();
  });
  it('take the people named and the Korean terms from what an earlier build remembered, and are the same for it', () => {
    const asked: string[] = [];
    const memory = new Map<string, string[]>();
    const remember = (kind: 'people' | 'korean', text: string, make: () => string[]) => {
      asked.push(kind);
      const key = `${kind}:${text}`;
      if (!memory.has(key)) memory.set(key, make());
      return memory.get(key)!;
    };
    expect(searchRecords(realArchive(), '/archive/', { remember })).toEqual(records);
    // Every version is searched for people; the Korean ones for their terms too.
    expect(asked.filter((k) => k === 'people')).toHaveLength(records.length);
    expect(asked.filter((k) => k === 'korean')).toHaveLength(records.filter((r) => r.language === 'ko').length);
    // What is remembered is what is used: a stale memory shows (the build forgets it when the registry changes).
    const stale = searchRecords(realArchive(), '/archive/', { remember: (kind, _text, make) => (kind === 'korean' ? ['옛말'] : make()) });
    expect(stale.find((r) => r.url === call.url)!.meta.terms).toContain('옛말');
  });
});

describe('search page state', () => {
  it('round-trips through the URL, leaving defaults out', () => {
    const s = parseState('?q=%EB%8F%99%EB%A7%B9&only=1&from=2018&country=us&country=jp&level=minister&person=mike-pompeo&sort=newest');
    expect(s).toEqual({
      q: '동맹',
      only: true,
      from: '2018',
      to: undefined,
      counterparts: ['us', 'jp'],
      levels: ['minister'],
      formats: [],
      kinds: [],
      people: ['mike-pompeo'],
      sort: 'newest',
    });
    expect(parseState(stateToSearch(s))).toEqual(s);
    expect(stateToSearch(parseState(''))).toBe('');
    expect(parseState('?sort=bogus&from=20').sort).toBe('relevance');
  });
  it('turns a year range into the years the archive holds', () => {
    const f = pagefindFilters(parseState('?from=2019&to=2024&kind=blog'), ['2018', '2020', '2024']);
    expect(f).toEqual({ year: { any: ['2020', '2024'] }, kind: { any: ['blog'] } });
    expect(pagefindFilters(parseState('?from=2030'), ['2018'])).toEqual({ year: { any: ['none'] } });
    expect(pagefindFilters(parseState('?person=mike-pompeo&person='), [])).toEqual({ person: { any: ['mike-pompeo'] } });
  });
  it('merges the two languages by score or by date, and adds up counts', () => {
    const ko = [{ id: 'a', score: 3, date: '2018-01-01' }];
    const en = [
      { id: 'b', score: 5, date: '2024-01-01' },
      { id: 'c', score: 1, date: '2020-01-01' },
    ];
    expect(mergeHits([ko, en], 'relevance').map((h) => h.id)).toEqual(['b', 'a', 'c']);
    expect(mergeHits([ko, en], 'oldest').map((h) => h.id)).toEqual(['a', 'c', 'b']);
    expect(sumCounts([{ level: { minister: 2 } }, { level: { minister: 1, summit: 1 } }])).toEqual({ level: { minister: 3, summit: 1 } });
  });
  it('lets only <mark> through in excerpts', () => {
    expect(safeExcerpt('a <mark>b</mark> <img src=x onerror=alert(1)>')).toBe('a <mark>b</mark> &lt;img src=x onerror=alert(1)&gt;');
    // As Pagefind gives a record's text: `<` and `>` escaped, `&` not. The reader sees the characters printed.
    expect(safeExcerpt('&lt;b&gt;x&lt;/b&gt; <mark>AT&T</mark>, &amp; and &#x41;')).toBe(
      '&lt;b&gt;x&lt;/b&gt; <mark>AT&amp;T</mark>, &amp;amp; and &amp;#x41;',
    );
  });
});

describe('plain text for the index (검색 본문 / index text)', () => {
  it('is the text a reader sees: escapes resolved, no Markdown syntax, raw HTML as the page shows it', async () => {
    const { markdownText } = await import('../../../src/lib/text/markdown-text.ts');
    const md = [
      '## 회담 결과',
      '',
      '1. 첫째 \\*문단\\*이다.',
      '',
      '- 세부 ~ 사항',
      '  - 더 세부',
      '',
      '| 가 | 나 |',
      '| - | - |',
      '| 다 | 라 \\| 마 |',
      '',
      '<p>남는 <b>글</b></p><script>window.x = 1</script><style>p{}</style>',
      '',
      '[링크](https://example.org) AT&amp;T',
    ].join('\n');
    expect(markdownText(md).split('\n')).toEqual(['회담 결과', '1. 첫째 *문단*이다.', '세부 ~ 사항', '더 세부', '가 나', '다 라 | 마', '남는 글', '링크 AT&T']);
    // Underscores inside a word are text, as the page prints them (a regex strip made `window.__x` `window.x`).
    expect(markdownText('window.__x = 1 and snake_case_name')).toBe('window.__x = 1 and snake_case_name');
    expect(markdownText('<span>window.__x</span> = 2')).toBe('window.__x = 2');
  });

  it('has every line of every real document, in order, and nothing the page does not show', async () => {
    const { markdownText } = await import('../../../src/lib/text/markdown-text.ts');
    for (const doc of realArchive().input.documents) {
      const text = markdownText(doc.body ?? '');
      expect(text, doc.id).not.toMatch(/^#+ |^\s*[-*] |\\[~*_[]|<\/?[a-z]+>/m);
      expect(text.split('\n').length, doc.id).toBeGreaterThan(2);
    }
  });
});

describe('name forms in the records', () => {
  it('leave out words no reader searches for (`of` made `official` find every record with the United States)', () => {
    for (const r of searchRecords(realArchive(), '/')) expect(r.meta.terms!.split(/\s+/), r.url).not.toContain('of');
  });
});
