import { describe, expect, it } from 'vitest';
import { decode, MAX_BYTES } from '../../src/ingest/decode.ts';
import { htmlLines, MAX_DEPTH } from '../../src/ingest/html.ts';
import { textLines } from '../../src/ingest/lines.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decoding a saved page', () => {
  it('reads UTF-8 with or without a BOM, and tells HTML from text', () => {
    expect(decode(utf8('\ufeff한미 외교장관회담'))).toEqual({ ok: true, text: '한미 외교장관회담', encoding: 'utf-8', html: false });
    expect(decode(utf8('<!DOCTYPE html><html><body><p>회담</p></body></html>'))).toMatchObject({ ok: true, html: true });
    expect(decode(utf8('Intro <p>one</p><p>two</p><div>three</div>'))).toMatchObject({ ok: true, html: true });
  });

  it('reads EUC-KR, as older Korean sites save', () => {
    // "외교부" in EUC-KR.
    expect(decode(new Uint8Array([0xbf, 0xdc, 0xb1, 0xb3, 0xba, 0xce]))).toEqual({ ok: true, text: '외교부', encoding: 'euc-kr', html: false });
  });

  it('reads UTF-16 (a page saved as "Unicode"), with or without its byte-order mark, as text and not as binary data', () => {
    const page = '<!DOCTYPE html><html><head><title>한-일 외교장관회담</title></head><body><p>Foreign Ministers met in Seoul.</p></body></html>';
    const le = Buffer.from(page, 'utf16le');
    const be = Buffer.from(le).swap16();
    for (const [bytes, encoding] of [
      [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'utf-16le'],
      [le, 'utf-16le'],
      [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'utf-16be'],
      [be, 'utf-16be'],
    ] as const) {
      expect(decode(new Uint8Array(bytes)), encoding).toEqual({ ok: true, text: page, encoding, html: true });
    }
  });

  it('says what is wrong with what is not a page', () => {
    expect(decode(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toEqual({ ok: false, why: expect.stringMatching(/binary data/) });
    expect(decode(new Uint8Array())).toEqual({ ok: false, why: 'the file has no text in it' });
    expect(decode(utf8(' \n\t 123 ...'))).toEqual({ ok: false, why: 'the file has no text in it' });
    expect(decode(new Uint8Array(MAX_BYTES + 1).fill(0x41))).toEqual({ ok: false, why: expect.stringMatching(/limit 10 MB/) });
    expect(decode(new Uint8Array([0xff, 0x41, 0xff, 0x41]))).toEqual({ ok: false, why: expect.stringMatching(/neither UTF-8 nor EUC-KR/) });
  });
});

describe('lines of a text page', () => {
  it('normalises spaces, drops invisible characters, keeps line numbers and marks copied bullets', () => {
    expect(textLines('제목\u00a0 있음\r\n\r\n  • 항목\u200b 하나\n\u00a0\nEnd')).toEqual([
      { text: '제목 있음', n: 1 },
      { text: '항목 하나', n: 3, hint: 'item' },
      { text: 'End', n: 5 },
    ]);
  });
});

describe('lines of an HTML page', () => {
  const html = `<!doctype html><html lang="ko"><head><title>한미 외교장관회담 | 외교부</title>
    <meta property="og:title" content="한미 외교장관회담 결과"><link rel="canonical" href="https://www.mofa.go.kr/www/brd/m_4080/view.do?seq=1">
    <script>var tracking = 1;</script><style>p { color: red }</style></head>
    <body><header><nav><a href="/">홈</a><a href="#main">본문 바로가기</a></nav></header>
    <form role="search"><input name="q"><button>검색</button></form>
    <main><article><header><h1>한미 외교장관회담 결과</h1><p>2024.06.01 외교부</p></header>
      <p>양 장관은 <b>한미동맹</b>을 논의했다.<br>두 번째 줄이다.</p>
      <ul><li>첫째 항목</li><li><p>둘째 항목</p></li></ul>
      <table><tr><th>이슈</th><th>내용</th></tr><tr><td>안보</td><td>공조 | 강화</td></tr></table>
      <div hidden>숨은 글</div><div aria-hidden="true">가린 글</div>
    </article></main>
    <aside>많이 본 뉴스</aside><footer>Copyright © 외교부</footer></body></html>`;
  const { lines, facts } = htmlLines(html);

  it('keeps the article’s text, blocks as lines, and drops scripts, navigation, forms, asides, footers and hidden text', () => {
    expect(lines.map((l) => [l.text, l.hint ?? ''])).toEqual([
      ['한미 외교장관회담 결과', 'heading'],
      ['2024.06.01 외교부', ''],
      ['양 장관은 한미동맹을 논의했다.', ''],
      ['두 번째 줄이다.', ''],
      ['첫째 항목', 'item'],
      ['둘째 항목', 'item'],
      ['이슈 | 내용', 'row'],
      ['안보 | 공조 | 강화', 'row'],
    ]);
    // A table row keeps its cells apart, a `|` inside a cell too.
    expect(lines.filter((l) => l.hint === 'row').map((l) => l.cells)).toEqual([
      ['이슈', '내용'],
      ['안보', '공조 | 강화'],
    ]);
  });

  it('reads the title and address from the head', () => {
    expect(facts).toEqual({
      title: '한미 외교장관회담 | 외교부',
      ogTitle: '한미 외교장관회담 결과',
      url: 'https://www.mofa.go.kr/www/brd/m_4080/view.do?seq=1',
    });
  });

  it('reads a page nested thousands of elements deep, every text in order (깊게 중첩된 페이지)', () => {
    const depth = 20 * MAX_DEPTH;
    const page = `<html><body>${'<div>'.repeat(depth)}<h1>한-일 외교장관회담</h1><p>양 장관은 회담했다.</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(htmlLines(page).lines.map((l) => l.text)).toEqual(['한-일 외교장관회담', '양 장관은 회담했다.']);
    // Text at every level, deeper than the limit: none of it is lost, and it keeps its order.
    const words = Array.from({ length: 2 * MAX_DEPTH }, (_, i) => `w${i}`);
    const nested = `<html><body>${words.map((w) => `<span>${w} `).join('')}${'</span>'.repeat(words.length)}</body></html>`;
    expect(
      htmlLines(nested)
        .lines.map((l) => l.text)
        .join(' '),
    ).toBe(words.join(' '));
  });

  it('survives broken markup', () => {
    expect(htmlLines('<p>열린 <b>태그 <div>그리고</p> 끝').lines.map((l) => l.text)).toEqual(['열린 태그', '그리고', '끝']);
  });
});
