import { gunzipSync } from 'node:zlib';
// Every character kept: a document whose text holds `~` date ranges (hand-written, unescaped), `*`, `_`,
// backticks, brackets, `<`, `&`, `#` and `1)` at a line's start, `|` and `\` shows exactly those characters on
// its article page, its side-by-side page, in search excerpts, in its feed and in the open data.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocksToMarkdown } from '../../src/ingest/markdown.ts';
import type { Block } from '../../src/ingest/parse.ts';
import { markdownLines } from '../../src/lib/text/markdown-text.ts';
import { buildSite, type BuildResult } from '../../src/dev/tools/astro-build.ts';
import { serveStatic, type StaticServer } from '../../src/dev/tools/static-server.ts';
import { VALID_FIXTURE } from '../support/fixtures.ts';
import { TRICKY } from '../fixtures/verbatim.ts';
import { launchBrowser } from './support/browser.ts';

const ID = '2021-07-03-verbatim';
// Written by hand, as an archivist would: single tildes unescaped, the rest as Markdown wants it.
const HAND = {
  ko: {
    markdown: '김 차관은 6.3.(월)~6.5.(수) 미국을 방문하고 10~12일 캐나다를 거쳐 ~ 귀국한다. 비율은 2\\*3\\*4이다.',
    text: '김 차관은 6.3.(월)~6.5.(수) 미국을 방문하고 10~12일 캐나다를 거쳐 ~ 귀국한다. 비율은 2*3*4이다.',
  },
  en: {
    markdown: 'The Vice Minister visits from June 3 ~ June 5, then 10~12 in Ottawa ~ and home. The ratio is 2\\*3\\*4.',
    text: 'The Vice Minister visits from June 3 ~ June 5, then 10~12 in Ottawa ~ and home. The ratio is 2*3*4.',
  },
};
const block = (kind: Block['kind'], text: string): Block => ({ kind, text, line: 1 });
const body = (lang: 'ko' | 'en') =>
  [
    HAND[lang].markdown,
    blocksToMarkdown([...TRICKY.map((t) => block('paragraph', t)), block('numbered', `1. ${TRICKY[0]}`), block('numbered', `2. ${TRICKY[3]}`)]),
  ].join('\n\n');
const expectedLines = (lang: 'ko' | 'en') => [HAND[lang].text, ...TRICKY, `1. ${TRICKY[0]}`, `2. ${TRICKY[3]}`];
const CAPTURE = (() => {
  const bytes = new TextEncoder().encode('외교부\n보도자료\n한미 외교차관 협의 결과\n김 차관은 미국을 방문한다.\n');
  return { file: `captures/${ID}.ko.txt`, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
})();
const STANDALONE = '2021-07-02-standalone-release';
const ORIGINAL_URL = 'https://www.mofa.go.kr/www/brd/m_4080/view.do?seq=371000';
const TITLE = { ko: '한미 외교차관 협의(6.3.~6.5.) 결과 *속보*', en: 'ROK-U.S. Talks (June 3~5) & <Outcome> *Update*' };
const DECK = { ko: '10~12일 일정 | 2*3*4', en: 'Schedule 10~12 | 2*3*4 & <b>more</b>' };

function verbatimContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'archive-verbatim-'));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  mkdirSync(join(dir, 'documents'), { recursive: true });
  // The Korean version keeps its capture (--keep-capture), as evidence shown on its page.
  mkdirSync(join(dir, 'captures'), { recursive: true });
  writeFileSync(join(dir, CAPTURE.file), CAPTURE.bytes);
  for (const lang of ['ko', 'en'] as const) {
    const translation = lang === 'ko' ? '{ status: original }' : '{ status: official, from: ko }';
    const capture = lang === 'ko' ? `, capture: { file: ${CAPTURE.file}, sha256: ${CAPTURE.sha256}, captured: 2021-07-04 }` : '';
    writeFileSync(
      join(dir, 'documents', `${ID}.${lang}.md`),
      `---\nid: ${ID}\nlang: ${lang}\ntitle: ${JSON.stringify(TITLE[lang])}\ndeck: [${JSON.stringify(DECK[lang])}]\npublished: 2021-07-03\nissuer: { ko: 외교부, en: Ministry of Foreign Affairs }\nsource: { kind: official, publisher: { ko: 외교부, en: Ministry of Foreign Affairs }${capture} }\ntranslation: ${translation}\nmeetings: [2021-07-01-kr-us-ministers]\n---\n\n${body(lang)}\n`,
    );
  }
  // An official English release whose Korean original the archive does not hold, and a person record started by the importer.
  writeFileSync(
    join(dir, 'documents', `${STANDALONE}.en.md`),
    `---\nid: ${STANDALONE}\nlang: en\ntitle: Outcome of ROK-U.S. Foreign Ministers' Meeting\npublished: 2021-07-02\nissuer: { ko: 외교부, en: Ministry of Foreign Affairs }\nsource: { kind: official, publisher: { ko: 외교부, en: Ministry of Foreign Affairs } }\ntranslation: { status: official, from: ko, originalUrl: "${ORIGINAL_URL}" }\nmeetings: [2021-07-01-kr-us-ministers]\n---\n\nThe two Ministers met in Washington.\n`,
  );
  writeFileSync(
    join(dir, 'people', 'john-roe.yaml'),
    'id: john-roe\nname: { ko: John Roe, en: John Roe }\nvariants: { ko: [], en: [] }\ncountry: us\nroles:\n  - title: { ko: 미국 국무부 부장관, en: Deputy Secretary of State }\nincomplete: true\n',
  );
  return dir;
}

describe('every character kept (원문 그대로 / verbatim)', () => {
  let built: BuildResult;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    built = await buildSite({ contentDir: verbatimContent() });
    if (built.status !== 0) throw new Error(built.output);
    server = await serveStatic(built.outDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The text a reader sees in each block of an element, one line per paragraph, heading, item and row. */
  const blockTexts = (selector: string) =>
    `[...document.querySelectorAll(${JSON.stringify(selector)})].map((el) => {
       const li = el.closest('ol > li');
       const n = li ? [...li.parentElement.children].indexOf(li) + Number(li.parentElement.getAttribute('start') ?? 1) : null;
       const number = el.querySelector('.para-number');
       const own = number ? el.innerText.replace(number.innerText, '').trim() : el.innerText.trim();
       return (n !== null ? n + '. ' : number ? number.innerText + ' ' : '') + own;
     })`;

  for (const lang of ['ko', 'en'] as const) {
    it(`shows the ${lang} article's title, deck and every line of its text exactly, nothing struck through or marked up`, async () => {
      const tab = await browser.newPage({ javaScriptEnabled: false });
      try {
        await tab.goto(`${server.url}${lang}/documents/${ID}/`);
        expect((await tab.locator('main h1').innerText()).trim()).toBe(TITLE[lang]);
        expect(await tab.locator('main').innerText()).toContain(DECK[lang]);
        const lines = (await tab.evaluate(blockTexts('main .article-body p'))) as string[];
        expect(lines).toEqual(expectedLines(lang));
        expect(await tab.locator('main .article-body :is(del, s, em, strong, code, img, h1, h3, blockquote, hr, input)').count()).toBe(0);
      } finally {
        await tab.close();
      }
    });

    it(`shows every line exactly on the side-by-side page, in the ${lang} column`, async () => {
      const tab = await browser.newPage({ javaScriptEnabled: false });
      try {
        await tab.goto(`${server.url}documents/${ID}/parallel/`);
        const lines = (await tab.evaluate(blockTexts(`main .parallel td[data-side="${lang}"] p`))) as string[];
        expect(lines).toEqual(expectedLines(lang));
        expect(await tab.locator('main .parallel :is(del, s, em, strong, code, img)').count()).toBe(0);
      } finally {
        await tab.close();
      }
    });
  }

  it('shows the characters as printed in search excerpts, in both languages', async () => {
    const tab = await browser.newPage();
    try {
      for (const [lang, q, want] of [
        ['ko', '방미하며', '6.3.(월)~6.5.(수) 방미하며, 10~12일'],
        ['en', 'ratio', '2*3*4, not **bold** or *emphasis*'],
        ['en', 'Ampersands', 'AT&T, &amp; and &#x41; and &copy;'],
      ] as const) {
        await tab.goto(`${server.url}${lang}/search/?q=${encodeURIComponent(q)}`);
        await tab.waitForFunction(
          () =>
            /\d/.test(document.querySelector('[data-search-status]')?.textContent ?? '') &&
            !/…$/.test(document.querySelector('[data-search-status]')?.textContent ?? ''),
        );
        const excerpts = await tab.locator('[data-search-results] .search-result .excerpt').allInnerTexts();
        expect(excerpts.join('\n'), `${lang}: ${q}`).toContain(want);
        expect(excerpts.join('\n')).not.toMatch(/\\[~*_`[&<]/);
      }
    } finally {
      await tab.close();
    }
  });

  it('shows a kept capture’s date and SHA-256 on the page of the version that kept it, and none on the other', async () => {
    const tab = await browser.newPage({ javaScriptEnabled: false });
    try {
      await tab.goto(`${server.url}ko/documents/${ID}/`);
      const ko = await tab.locator('[data-capture]').innerText();
      expect(ko).toContain(`2021-07-04에 저장한 페이지를 아카이브 콘텐츠 폴더에 ${CAPTURE.file}(으)로 보관`);
      expect(ko).toContain(CAPTURE.sha256);
      await tab.goto(`${server.url}en/documents/${ID}/`);
      expect(await tab.locator('[data-capture]').count()).toBe(0);
    } finally {
      await tab.close();
    }
  });

  it('says plainly that a translation’s original is not in the archive, with its link, and marks a record the importer started', async () => {
    const tab = await browser.newPage({ javaScriptEnabled: false });
    try {
      await tab.goto(`${server.url}en/documents/${STANDALONE}/`);
      const note = tab.locator('[data-original="absent"]');
      expect(await note.innerText()).toContain('The Korean original is not in the archive yet.');
      expect(await note.locator('a').getAttribute('href')).toBe(ORIGINAL_URL);
      for (const [lang, words] of [
        ['en', 'has not been checked yet'],
        ['ko', '아직 확인되지 않았습니다'],
      ] as const) {
        await tab.goto(`${server.url}${lang}/people/john-roe/`);
        expect(await tab.locator('[data-incomplete]').innerText()).toContain(words);
      }
    } finally {
      await tab.close();
    }
  });

  it('gives the title and deck as printed in the feed, and the text in the open data as the page shows it', () => {
    for (const lang of ['ko', 'en'] as const) {
      const feed = readFileSync(join(built.outDir, lang, 'feed.xml'), 'utf8');
      const unescape = (s: string) =>
        s
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
          .replace(/&amp;/g, '&');
      const item = feed.split('<item>').find((i) => i.includes(`/documents/${ID}/`))!;
      expect(unescape(/<title>(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?<\/title>/s.exec(item)![1]!)).toBe(TITLE[lang]);
      // A description is HTML to the reader: its text is unescaped once by the XML parser, once by the HTML one.
      expect(unescape(unescape(/<description>(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?<\/description>/s.exec(item)![1]!))).toContain(DECK[lang]);
    }
    const data = JSON.parse(gunzipSync(readFileSync(join(built.outDir, 'data', 'documents.json.gz'))).toString('utf8'));
    const doc = data.documents.find((d: { id: string }) => d.id === ID);
    for (const v of doc.versions as { lang: 'ko' | 'en'; title: string; deck: string[]; text: string }[]) {
      expect([v.title, v.deck]).toEqual([TITLE[v.lang], [DECK[v.lang]]]);
      // The stored Markdown, as written; read with the archive's GFM settings it gives the page's lines.
      expect(v.text).toBe(body(v.lang));
      expect(markdownLines(v.text)).toEqual(expectedLines(v.lang));
    }
  });
});
