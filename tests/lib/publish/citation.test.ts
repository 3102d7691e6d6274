import { describe, expect, it } from 'vitest';
import { Archive, type DocumentVersion } from '../../../src/lib/model/archive.ts';
import {
  bibtex,
  bibtexUrl,
  CITATION_FORMATS,
  citationDate,
  citationKey,
  citationMeta,
  citationOf,
  cslItem,
  cslJson,
  englishCitation,
  escapeBibtex,
  koreanCitation,
  ris,
  type Citation,
} from '../../../src/lib/publish/citation/index.ts';
import { realArchive } from '../../support/archive.ts';

const archive = realArchive();
const location = { site: 'https://example.org', base: '/archive/' };
const citations = archive.input.documents.map((v) => ({ version: v, c: citationOf(archive, v, location) }));
const cite = (id: string, lang: 'ko' | 'en') => citationOf(archive, archive.document(id).versions[lang]!, location);

const MOFA = '2024-06-01-mofa-kr-us-vice-ministers';
const INSIDE = '2024-11-15-inside-story-lima-foreign-ministers';
const BLOG = '2024-11-15-gyeongnamzine-lima-foreign-ministers';
const ECO = '2018-06-29-ecounion-kr-us-foreign-ministers-call';

/** BibTeX's own reading: every brace counts, backslash or not; depth never below zero, zero at the end. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '{') depth++;
    if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** The entry's fields (one per line, as bibtex() writes them), values with their outer braces removed. */
function bibFields(entry: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of entry.split('\n').slice(1, -2)) {
    const m = /^ {2}([a-z]+) +=\s(.*),$/.exec(line);
    if (!m) throw new Error(`not a field line: ${line}`);
    fields.set(m[1]!, m[2]!.replace(/^\{(.*)\}$/, '$1'));
  }
  return fields;
}

/** LaTeX specials not escaped: what must never reach a text field. */
const UNESCAPED = /(?<!\\)[%&$#_]|[~^]|\\(?![%&$#_]|text(?:backslash|braceleft|braceright|asciitilde|asciicircum)\{\})/;

function synthetic(overrides: Partial<DocumentVersion> & Pick<DocumentVersion, 'id' | 'lang' | 'title'>): DocumentVersion {
  const base = archive.document(MOFA).versions.ko!;
  return { ...base, deck: [], topics: [], note: undefined, ...overrides } as DocumentVersion;
}

describe('citation model', () => {
  it('keys a version by its id and language, stably', () => {
    expect(cite(MOFA, 'ko').key).toBe('2024-06-01-mofa-kr-us-vice-ministers-ko');
    expect(cite(MOFA, 'en').key).toBe('2024-06-01-mofa-kr-us-vice-ministers-en');
    expect(citationKey('A b_c', 'en')).toBe('a-b-c-en');
    for (const { c } of citations) expect(c.key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*-(?:ko|en)$/);
    expect(new Set(citations.map(({ c }) => c.key)).size).toBe(citations.length);
  });

  it('points at the archived copy under SITE_URL and BASE_PATH, and at the original when known', () => {
    expect(cite(MOFA, 'ko').archiveUrl).toBe('https://example.org/archive/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/');
    expect(citationOf(archive, archive.document(MOFA).versions.ko!, { site: 'http://localhost:4321', base: '/' }).archiveUrl).toBe(
      'http://localhost:4321/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/',
    );
    expect(cite(BLOG, 'ko').sourceUrl).toBe('https://gyeongnamzine.com/4314');
    expect(cite(MOFA, 'ko').sourceUrl).toBeUndefined();
  });

  it('cites the person a source names, else the issuer; names the Korean government in English when the issuer does not', () => {
    expect(cite(INSIDE, 'ko').author).toEqual({ names: { ko: '문홍철', en: '문홍철' }, person: true });
    expect(cite(MOFA, 'ko').author).toEqual({ names: { ko: '외교부', en: 'Ministry of Foreign Affairs (Republic of Korea)' }, person: false });
    expect(cite(BLOG, 'ko').author.names.en).toBe('Gyeongnamzine');
    const us = synthetic({ id: 'x-us', lang: 'en', title: 'T', issuer: { ko: '미 국무부', en: 'U.S. Department of State' } });
    const kr = synthetic({ id: 'x-kr', lang: 'en', title: 'T', issuer: { ko: '외교부', en: 'Ministry of Foreign Affairs of the Republic of Korea' } });
    const a = new Archive({ ...archive.input, documents: [...archive.input.documents, us, kr] });
    expect(citationOf(a, us, location).author.names.en).toBe('U.S. Department of State');
    expect(citationOf(a, kr, location).author.names.en).toBe('Ministry of Foreign Affairs of the Republic of Korea');
  });

  it('knows the original of a translation', () => {
    expect(cite(MOFA, 'en').originalTitle).toBe('한미 외교차관회담(5.31) 결과');
    expect(cite(INSIDE, 'en').translation).toEqual({ status: 'machine', from: 'ko', by: 'Google Translate' });
    expect(cite(MOFA, 'ko').originalTitle).toBeUndefined();
  });
});

describe('formatted citations', () => {
  it('format the Korean official release in both styles', () => {
    const c = cite(MOFA, 'ko');
    expect(koreanCitation(c).text).toBe(
      '외교부, 「한미 외교차관회담(5.31) 결과」, 보도자료, 2024년 6월 1일, 외교 브리핑 아카이브, https://example.org/archive/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/.',
    );
    expect(englishCitation(c).text).toBe(
      'Ministry of Foreign Affairs (Republic of Korea). “한미 외교차관회담(5.31) 결과.” Press release, 1 June 2024. Diplomatic Briefing Archive. https://example.org/archive/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/.',
    );
    // The Korean title inside the English citation is marked as Korean.
    expect(englishCitation(c).parts).toContainEqual({ text: '한미 외교차관회담(5.31) 결과', lang: 'ko' });
  });

  it('note an official and a machine translation, and name the outlet of a news report', () => {
    expect(englishCitation(cite(MOFA, 'en')).text).toContain('Press release (official translation from Korean), 1 June 2024.');
    expect(koreanCitation(cite(MOFA, 'en')).text).toContain('보도자료(한국어 원문의 공식 번역), 2024년 6월 1일');
    const machine = cite(INSIDE, 'en');
    expect(englishCitation(machine).text).toBe(
      `문홍철. “South Korea-US Foreign Ministers Watch for Possibility of Russia's Military Support for North Korea.” Inside Story, news report (machine translation from Korean by Google Translate), 15 November 2024. Diplomatic Briefing Archive. https://example.org/archive/en/documents/${INSIDE}/.`,
    );
    expect(englishCitation(machine).parts).toContainEqual({ text: 'Inside Story', italic: true });
    expect(englishCitation(machine).parts).toContainEqual({ text: '문홍철', lang: 'ko' });
    expect(koreanCitation(machine).text).toContain('『사건의내막』, 언론 보도(한국어 원문의 기계 번역, Google Translate), 2024년 11월 15일');
    expect(koreanCitation(cite(ECO, 'ko')).text).toMatch(
      /^신상미, 「한미 외교장관 전화통화…비핵화 전략 조율」, 『일간환경연합』, 언론 보도, 2018년 6월 29일, /,
    );
  });

  it('give the original URL before the archived copy, and end a question title with its own mark', () => {
    const c = cite(BLOG, 'ko');
    expect(koreanCitation(c).text).toBe(
      `경남진, 「러시아 북한 군사 지원 우려의 진실은?」, 블로그 글, 2024년 11월 15일, https://gyeongnamzine.com/4314, 외교 브리핑 아카이브, https://example.org/archive/ko/documents/${BLOG}/.`,
    );
    expect(englishCitation(c).text).toBe(
      `Gyeongnamzine. “러시아 북한 군사 지원 우려의 진실은?” Blog post, 15 November 2024. https://gyeongnamzine.com/4314. Diplomatic Briefing Archive. https://example.org/archive/ko/documents/${BLOG}/.`,
    );
  });

  it('hold every real version’s title verbatim and its date in each language’s form', () => {
    for (const { version, c } of citations) {
      const ko = koreanCitation(c).text;
      const en = englishCitation(c).text;
      const [y, m, d] = version.published.split('-').map(Number);
      const month = new Date(Date.UTC(y!, m! - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
      expect(ko).toContain(`「${version.title}」`);
      expect(en).toContain(`“${version.title}`);
      expect(ko).toContain(`${y}년 ${m}월 ${d}일`);
      expect(en).toContain(`${d} ${month} ${y}`);
      for (const text of [ko, en]) {
        expect(text).toContain(c.archiveUrl);
        if (version.source.url) expect(text).toContain(version.source.url);
        expect(text).toMatch(/\.$/);
        expect(text).not.toMatch(/\d{1,2}:\d{2}|T\d{2}:/); // no access date, no build time
      }
    }
  });

  it('format dates without weekdays', () => {
    expect(citationDate('2024-06-01', 'ko')).toBe('2024년 6월 1일');
    expect(citationDate('2024-06-01', 'en')).toBe('1 June 2024');
  });
});

describe('BibTeX', () => {
  it('writes the Korean official release', () => {
    expect(bibtex(cite(MOFA, 'ko'))).toBe(`@misc{2024-06-01-mofa-kr-us-vice-ministers-ko,
  author       = {{외교부}},
  title        = {{한미 외교차관회담(5.31) 결과}},
  howpublished = {보도자료},
  date         = {2024-06-01},
  year         = {2024},
  month        = jun,
  language     = {한국어},
  url          = {https://example.org/archive/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/},
  note         = {외교 브리핑 아카이브 보관본},
}
`);
  });

  it('escapes every LaTeX special character, keeping braces balanced', () => {
    expect(escapeBibtex('a{b}c%d&e$f#g_h~i^j\\k')).toBe(
      'a\\textbraceleft{}b\\textbraceright{}c\\%d\\&e\\$f\\#g\\_h\\textasciitilde{}i\\textasciicircum{}j\\textbackslash{}k',
    );
    expect(escapeBibtex('한미\n  "외교"')).toBe('한미 "외교"');
    expect(bibtexUrl('https://x.org/a b/{c}\\d?e=%20')).toBe('https://x.org/a%20b/%7Bc%7D%5Cd?e=%20');
  });

  it('gives a balanced, escaped entry for every real version, with its key, title, date, language, URL and note', () => {
    for (const { version, c } of citations) {
      const entry = bibtex(c);
      expect(balanced(entry), c.key).toBe(true);
      expect(entry.startsWith(`@misc{${c.key},\n`)).toBe(true);
      expect(entry.endsWith('}\n')).toBe(true);
      const fields = bibFields(entry);
      expect(fields.get('title')).toBe(`{${version.title}}`);
      expect(fields.get('author')).toMatch(/^\{.+\}$/); // double braces: one name, never split
      expect(fields.get('date')).toBe(version.published);
      expect(fields.get('year')).toBe(version.published.slice(0, 4));
      expect(fields.get('month')).toMatch(/^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/);
      expect(fields.get('url')).toBe(c.archiveUrl);
      expect(fields.get('language')).toBe(version.lang === 'ko' ? '한국어' : 'English');
      expect(fields.get('note')).toBeTruthy();
      for (const [name, value] of fields) if (name !== 'url') expect(value, `${c.key} ${name}`).not.toMatch(UNESCAPED);
    }
    expect(bibFields(bibtex(cite(INSIDE, 'en'))).get('note')).toBe(
      'Machine translation from Korean by Google Translate. Archived in the Diplomatic Briefing Archive',
    );
    expect(bibFields(bibtex(cite(INSIDE, 'en'))).get('translator')).toBe('{Google Translate}');
    expect(bibFields(bibtex(cite(INSIDE, 'ko'))).get('organization')).toBe('{사건의내막}');
    expect(bibFields(bibtex(cite(BLOG, 'ko'))).get('note')).toBe('원문: https://gyeongnamzine.com/4314. 외교 브리핑 아카이브 보관본');
  });
});

describe('RIS', () => {
  const lines = (text: string) => text.split('\r\n').slice(0, -1);

  it('writes the Korean official release', () => {
    expect(ris(cite(MOFA, 'ko'))).toBe(
      [
        'TY  - GOVDOC',
        'TI  - 한미 외교차관회담(5.31) 결과',
        'AU  - 외교부',
        'PB  - 외교부',
        'M3  - 보도자료',
        'DA  - 2024/06/01/',
        'PY  - 2024',
        'LA  - ko-KR',
        'UR  - https://example.org/archive/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/',
        'DB  - 외교 브리핑 아카이브',
        'ER  - ',
        '',
      ].join('\r\n'),
    );
  });

  it('gives every real version TY first, tagged CRLF lines and ER last', () => {
    for (const { version, c } of citations) {
      const text = ris(c);
      expect(text.endsWith('ER  - \r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      const all = lines(text);
      for (const line of all) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
      expect(all[0]).toBe(`TY  - ${{ official: 'GOVDOC', news: 'NEWS', blog: 'BLOG' }[version.source.kind]}`);
      expect(all.at(-1)).toBe('ER  - ');
      expect(all).toContain(`TI  - ${version.title}`);
      expect(all).toContain(`DA  - ${version.published.replaceAll('-', '/')}/`);
      expect(all).toContain(`UR  - ${c.archiveUrl}`);
      expect(all.filter((l) => l.startsWith('AU  - '))).toHaveLength(1);
    }
    expect(lines(ris(cite(INSIDE, 'en')))).toEqual(expect.arrayContaining(['T2  - Inside Story', 'N1  - Machine translation from Korean by Google Translate']));
    expect(lines(ris(cite(BLOG, 'ko')))).toContain('N1  - 원문: https://gyeongnamzine.com/4314');
  });
});

describe('CSL-JSON', () => {
  it('writes the Korean official release', () => {
    expect(JSON.parse(cslJson(cite(MOFA, 'ko')))).toEqual([
      {
        id: '2024-06-01-mofa-kr-us-vice-ministers-ko',
        type: 'report',
        genre: '보도자료',
        title: '한미 외교차관회담(5.31) 결과',
        author: [{ literal: '외교부' }],
        issued: { 'date-parts': [[2024, 6, 1]] },
        URL: 'https://example.org/archive/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/',
        language: 'ko-KR',
        archive: '외교 브리핑 아카이브',
      },
    ]);
  });

  it('parses for every real version, with type, title, author, date, URL and language', () => {
    for (const { version, c } of citations) {
      const parsed = JSON.parse(cslJson(c));
      expect(parsed).toHaveLength(1);
      const [item] = parsed;
      expect(item.id).toBe(c.key);
      expect(item.type).toBe({ official: 'report', news: 'article-newspaper', blog: 'post-weblog' }[version.source.kind]);
      expect(item.title).toBe(version.title);
      expect(item.author[0].literal).toBeTruthy();
      expect(item.issued['date-parts'][0]).toEqual(version.published.split('-').map(Number));
      expect(item.URL).toBe(c.archiveUrl);
      expect(item.language).toBe(version.lang === 'ko' ? 'ko-KR' : 'en-GB');
      if (version.source.kind !== 'official') expect(item['container-title']).toBe(version.source.publisher[version.lang]);
    }
    const machine = cslItem(cite(INSIDE, 'en'));
    expect(machine.translator).toEqual([{ literal: 'Google Translate' }]);
    expect(machine['original-title']).toBe('한미 외교장관, 러시아의 대북 군사적 지원 가능성 예의주시');
    expect(machine.note).toBe('Machine translation from Korean by Google Translate');
  });
});

describe('citation meta tags', () => {
  it('give the title, author, date, publisher, language and absolute URLs, as the document gives them', () => {
    const meta = Object.fromEntries(citationMeta(cite(MOFA, 'en')).map((m) => [m.name, m.content]));
    expect(meta).toMatchObject({
      citation_title: 'Outcome of ROK-U.S. Vice Foreign Ministers’ Meeting',
      citation_author: 'Ministry of Foreign Affairs',
      citation_publication_date: '2024/06/01',
      citation_publisher: 'Ministry of Foreign Affairs',
      citation_language: 'en',
      citation_public_url: 'https://example.org/archive/en/documents/2024-06-01-mofa-kr-us-vice-ministers/',
      citation_abstract_html_url: 'https://example.org/archive/en/documents/2024-06-01-mofa-kr-us-vice-ministers/',
      'DC.title': 'Outcome of ROK-U.S. Vice Foreign Ministers’ Meeting',
      'DC.date': '2024-06-01',
      'DC.language': 'en',
    });
    expect(meta['DC.source']).toBeUndefined();
    const blog = Object.fromEntries(citationMeta(cite(BLOG, 'ko')).map((m) => [m.name, m.content]));
    expect(blog['DC.source']).toBe('https://gyeongnamzine.com/4314');
    expect(Object.fromEntries(citationMeta(cite(INSIDE, 'ko')).map((m) => [m.name, m.content])).citation_author).toBe('문홍철');
  });
});

describe('tricky input', () => {
  const title = 'Braces {x} and 100% & $5 #1 a_b ~ ^ \\ “quoted” "plain" 한글 {';
  const tricky = synthetic({
    id: 'x-tricky',
    lang: 'en',
    title: `${title}\n  second line`,
    published: '2020-02-29',
    issuer: { ko: '가 & 나 {기관}', en: 'A & B {Agency} 100%' },
    source: { kind: 'news', publisher: { ko: '신문_사', en: 'Paper_Co #1' }, author: '홍길동 & Jane "JD" Doe' },
    translation: { status: 'machine', from: 'ko', by: 'Tool {v2} 50%' },
  });
  const bare = synthetic({
    id: 'x-bare',
    lang: 'ko',
    title: '제목',
    published: '2021-12-31',
    source: { kind: 'blog', publisher: { ko: '블로그', en: 'Blog' } },
    issuer: { ko: '블로그', en: 'Blog' },
    translation: { status: 'original' },
  });
  const a = new Archive({ ...archive.input, documents: [...archive.input.documents, tricky, bare] });
  const c: Citation = citationOf(a, tricky, location);
  const b: Citation = citationOf(a, bare, location);

  it('keeps BibTeX balanced and escaped', () => {
    const entry = bibtex(c);
    expect(balanced(entry)).toBe(true);
    const fields = bibFields(entry);
    for (const [name, value] of fields) if (name !== 'url') expect(value, name).not.toMatch(UNESCAPED);
    expect(fields.get('title')).toBe(
      '{Braces \\textbraceleft{}x\\textbraceright{} and 100\\% \\& \\$5 \\#1 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{} “quoted” "plain" 한글 \\textbraceleft{} second line}',
    );
    expect(fields.get('author')).toBe('{홍길동 \\& Jane "JD" Doe}');
    expect(fields.get('translator')).toBe('{Tool \\textbraceleft{}v2\\textbraceright{} 50\\%}');
    expect(balanced(bibtex(b))).toBe(true);
    expect(bibFields(bibtex(b)).get('note')).toBe('외교 브리핑 아카이브 보관본');
  });

  it('keeps RIS one line per tag', () => {
    for (const text of [ris(c), ris(b)]) {
      const all = text.split('\r\n').slice(0, -1);
      for (const line of all) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
      expect(all.at(-1)).toBe('ER  - ');
    }
    expect(ris(c)).toContain(`TI  - ${title} second line\r\n`);
    expect(ris(c)).toContain('N1  - Machine translation from Korean by Tool {v2} 50%\r\n');
    expect(ris(b)).not.toContain('N1  - ');
  });

  it('keeps CSL-JSON valid JSON with the text as given', () => {
    const [item] = JSON.parse(cslJson(c));
    expect(item.title).toBe(`${title} second line`);
    expect(item.author).toEqual([{ literal: '홍길동 & Jane "JD" Doe' }]);
    expect(item.issued).toEqual({ 'date-parts': [[2020, 2, 29]] });
    const [plain] = JSON.parse(cslJson(b));
    expect(plain.note).toBeUndefined();
    expect(plain.genre).toBe('블로그 글');
  });

  it('formats both citations with the title verbatim (on one line) and no URL but the archive’s', () => {
    expect(koreanCitation(c).text).toBe(
      `홍길동 & Jane "JD" Doe, 「${title} second line」, 『신문_사』, 언론 보도(한국어 원문의 기계 번역, Tool {v2} 50%), 2020년 2월 29일, 외교 브리핑 아카이브, https://example.org/archive/en/documents/x-tricky/.`,
    );
    expect(englishCitation(c).text).toBe(
      `홍길동 & Jane "JD" Doe. “${title} second line.” Paper_Co #1, news report (machine translation from Korean by Tool {v2} 50%), 29 February 2020. Diplomatic Briefing Archive. https://example.org/archive/en/documents/x-tricky/.`,
    );
    expect(koreanCitation(b).text).toBe(
      '블로그, 「제목」, 블로그 글, 2021년 12월 31일, 외교 브리핑 아카이브, https://example.org/archive/ko/documents/x-bare/.',
    );
    expect(englishCitation(b).text).toBe(
      'Blog. “제목.” Blog post, 31 December 2021. Diplomatic Briefing Archive. https://example.org/archive/ko/documents/x-bare/.',
    );
  });

  it('escapes nothing in meta tag values (Astro escapes attributes) but keeps them on one line', () => {
    const meta = Object.fromEntries(citationMeta(c).map((m) => [m.name, m.content]));
    expect(meta.citation_title).toBe(`${title} second line`);
    expect(meta.citation_author).toBe('홍길동 & Jane "JD" Doe');
    expect(meta.citation_publication_date).toBe('2020/02/29');
  });
});

describe('citation formats', () => {
  it('name their file types and content types', () => {
    expect(CITATION_FORMATS.map((f) => [f.ext, f.contentType.split(';')[0]])).toEqual([
      ['bib', 'application/x-bibtex'],
      ['ris', 'application/x-research-info-systems'],
      ['json', 'application/vnd.citationstyles.csl+json'],
    ]);
  });
});
