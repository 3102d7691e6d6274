import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownLines } from '../../src/lib/text/markdown-text.ts';
import { checkContentFolder } from '../../src/lib/content/check-folder-fs.ts';
import { importPage, preparePage } from '../../src/ingest/import.ts';
import { CONTENT_DIR, registriesOnly, ROOT } from '../support/fixtures.ts';

const { data } = checkContentFolder(CONTENT_DIR);
const utf8 = (s: string) => new TextEncoder().encode(s);

/** A content folder holding the registries only, and a fresh registry to import against. */
function emptyArchive() {
  const dir = registriesOnly();
  return { dir, registry: { people: [...data.people], countries: [...data.countries], meetings: [], documents: [] } };
}

/** `npm run import` as a user runs it, with English messages. */
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'src/cli/import.ts'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' },
  });

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|yaml|tmp)$/.test(f) && /^(documents|meetings)/.test(f))
    .sort();

const RELEASE_KO = `본문 바로가기
보도자료
한일 외교장관 전화통화 결과
2024.03.02 외교부
목록
조태열 외교부 장관은 3.1.(금) 오후 가미카와 요코(Kamikawa Yoko) 일본 외무대신과 전화통화를 갖고 양국 관계를 논의했다.
양 장관은 긴밀히 소통해 나가기로 했다.  끝.
이전글 다음글`;

describe('one page, end to end (가져오기)', () => {
  it('writes the document version and a new meeting record that pass the archive’s checks, and suggests unknown people', () => {
    const { dir, registry } = emptyArchive();
    const report = importPage('release.txt', utf8(RELEASE_KO), registry, dir);
    expect(report.status).toBe('imported');
    expect(report.files).toEqual(['documents/2024-03-02-mofa-kr-jp-foreign-ministers-call.ko.md', 'meetings/2024-03-01-kr-jp-foreign-ministers-call.yaml']);
    expect(files(dir)).toEqual(report.files);
    expect(report.warnings).toContain(
      '"가미카와 요코 / Kamikawa Yoko" is not in the people registry: if they took part, add content/people/kamikawa-yoko.yaml, e.g. { id: kamikawa-yoko, name: { ko: 가미카와 요코, en: Kamikawa Yoko }, country: jp }',
    );
    expect(report.suggestions.map((x) => x.record)).toEqual([{ id: 'kamikawa-yoko', name: { ko: '가미카와 요코', en: 'Kamikawa Yoko' }, country: 'jp' }]);
    const archive = checkContentFolder(dir);
    expect(archive.problems).toEqual([]);
    expect(archive.data.meetings[0]).toMatchObject({
      date: '2024-03-01',
      partOfDay: 'afternoon',
      format: 'telephone',
      level: 'minister',
      counterparts: ['jp'],
    });
    expect(archive.data.documents[0]!.body.trim()).toBe(
      '조태열 외교부 장관은 3.1.(금) 오후 가미카와 요코(Kamikawa Yoko) 일본 외무대신과 전화통화를 갖고 양국 관계를 논의했다.\n\n양 장관은 긴밀히 소통해 나가기로 했다.',
    );
  });

  it('imports an HTML page: the article’s blocks, a table from its markup, the address from its head', () => {
    const { dir, registry } = emptyArchive();
    const html = `<html><head><link rel="canonical" href="https://news.example.kr/a/1"></head><body><nav>메뉴</nav>
      <h1>한미 외교장관 회담 개최</h1><p>홍길동 기자 | 입력 2024.11.15 10:00</p>
      <p>[예시일보 홍길동 기자] 조태열 외교부 장관은 지난 14일 페루 리마에서 블링컨 국무장관과 회담했다.</p>
      <table><tr><th>분야</th><th>합의</th></tr><tr><td>안보</td><td>공조 강화</td></tr></table>
      <p>양 장관은 협력을 이어가기로 했다.</p><footer>ⓒ 예시일보 무단전재 및 재배포 금지</footer></body></html>`;
    const report = importPage('page.html', utf8(html), registry, dir);
    expect(report.errors).toEqual([]);
    expect(report.source).toMatchObject({ kind: 'news', url: 'https://news.example.kr/a/1', author: '홍길동', publisherAsPrinted: '예시일보' });
    // The bracket at the start of a paragraph is escaped (it could start a link definition); the page shows it.
    expect(report.body).toBe(
      '\\[예시일보 홍길동 기자] 조태열 외교부 장관은 지난 14일 페루 리마에서 블링컨 국무장관과 회담했다.\n\n| 분야 | 합의 |\n| - | - |\n| 안보 | 공조 강화 |\n\n양 장관은 협력을 이어가기로 했다.',
    );
    expect(markdownLines(report.body!)[0]).toBe('[예시일보 홍길동 기자] 조태열 외교부 장관은 지난 14일 페루 리마에서 블링컨 국무장관과 회담했다.');
    expect(report.meeting).toMatchObject({ date: '2024-11-14', counterparts: ['us'], place: { country: 'pe', city: { ko: '리마', en: 'Lima' } } });
  });

  it('never overwrites: the same page again is skipped, with --force it is replaced; no temporary file is left', () => {
    const { dir, registry } = emptyArchive();
    expect(importPage('a.txt', utf8(RELEASE_KO), registry, dir).status).toBe('imported');
    const fresh = { ...registry, meetings: [], documents: [] };
    const again = importPage('a.txt', utf8(RELEASE_KO), fresh, dir);
    expect(again.status).toBe('skipped');
    expect(again.warnings.at(-1)).toMatch(/already exist: add --force to replace/);
    expect(
      importPage('a.txt', utf8(RELEASE_KO.replace('긴밀히', '더욱 긴밀히')), { ...registry, meetings: [], documents: [] }, dir, { force: true }).status,
    ).toBe('imported');
    expect(readFileSync(join(dir, 'documents/2024-03-02-mofa-kr-jp-foreign-ministers-call.ko.md'), 'utf8')).toContain('더욱 긴밀히');
    expect(files(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes nothing for a page that fails, and says which field and why', () => {
    const { dir, registry } = emptyArchive();
    const report = importPage(
      'nodate.txt',
      utf8('한미 협력 소식\n\n양국은 협력을 강화하기로 했다고 밝혔다. 자세한 내용은 나중에 알려질 예정이다.'),
      registry,
      dir,
    );
    expect(report.status).toBe('failed');
    expect(report.errors).toContain(
      'nodate.txt: published: no publication date found on the page: add `published: YYYY-MM-DD` to the entry, or pair it (--pair) with its other language version',
    );
    expect(report.errors.some((e) => e.startsWith('nodate.txt: meeting.participants: '))).toBe(true);
    expect(files(dir)).toEqual([]);
  });

  it('a dry run reports every field the JSON promises and writes nothing', () => {
    const { dir, registry } = emptyArchive();
    const { report } = preparePage('release.txt', utf8(RELEASE_KO), registry, { dryRun: true });
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['lang', 'title', 'published', 'meeting', 'source', 'translation', 'body', 'warnings']));
    expect(report.meeting).toMatchObject({ date: '2024-03-01', format: 'telephone', counterparts: ['jp'] });
    expect(report.meeting!.participants.map((p) => p.person)).toEqual(['cho-tae-yul']);
    expect(report.source).toMatchObject({ kind: 'official', publisher: { ko: '외교부', en: 'Ministry of Foreign Affairs' } });
    expect(files(dir)).toEqual([]);
  });
});

describe('npm run import (the command)', () => {
  it('--dry-run --json prints one object per input on stdout, progress and summary on stderr, exit 0', () => {
    const { dir } = emptyArchive();
    const pages = mkdtempSync(join(tmpdir(), 'archive-pages-'));
    writeFileSync(join(pages, 'a.txt'), RELEASE_KO);
    writeFileSync(join(pages, 'b.txt'), RELEASE_KO.replace('2024.03.02', '2024.03.03'));
    const r = run(pages, '--dry-run', '--json', '--content', dir);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { input: string; status: string; published: string }[];
    expect(out.map((o) => [o.status, o.published])).toEqual([
      ['parsed', '2024-03-02'],
      ['parsed', '2024-03-03'],
    ]);
    expect(r.stderr).toMatch(
      /1\/2 1 parsed, 0 skipped, 0 failed\n2\/2 2 parsed, 0 skipped, 0 failed\n2 pages in [\d.]+ s: 2 parsed \(dry run, nothing written\), 0 skipped, 0 failed/,
    );
    expect(files(dir)).toEqual([]);
  });

  it('exits 1 when a page fails and 2 on a usage error, naming the problem', () => {
    const { dir } = emptyArchive();
    const pages = mkdtempSync(join(tmpdir(), 'archive-pages-'));
    writeFileSync(join(pages, 'bad.txt'), new Uint8Array([0, 1, 2, 3]));
    const failed = run(join(pages, 'bad.txt'), '--content', dir);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain('bad.txt: (file): the file holds binary data (NUL bytes), not a saved page: save the page as text or HTML');
    expect(run('--content', dir).status).toBe(2);
    expect(run(join(pages, 'missing.txt'), '--content', dir).stderr).toContain('missing.txt: no such file or folder');
    expect(run(join(pages, 'bad.txt'), '--bogus').status).toBe(2);
  });

  it('speaks Korean with --lang ko or a Korean locale (한국어 메시지)', () => {
    const { dir } = emptyArchive();
    const pages = mkdtempSync(join(tmpdir(), 'archive-pages-'));
    writeFileSync(join(pages, 'bad.txt'), new Uint8Array([0, 1, 2, 3]));
    writeFileSync(join(pages, 'a.txt'), RELEASE_KO);
    const ko = run(pages, '--lang', 'ko', '--content', dir, '--report', join(pages, 'report'));
    expect(ko.status).toBe(1);
    expect(ko.stdout).toContain('bad.txt: (file): 파일에 바이너리 데이터(NUL 바이트)가 있어 저장한 페이지가 아닙니다: 페이지를 텍스트나 HTML로 저장하세요');
    expect(ko.stdout).toContain('"가미카와 요코 / Kamikawa Yoko"은(는) 인물 목록에 없습니다');
    expect(ko.stderr).toMatch(/2\/2 가져옴 1, 건너뜀 0, 실패 1\n보고서: \S+report\.json, \S+report\.csv\n페이지 2개, [\d.]+초: 가져옴 1, 건너뜀 0, 실패 1/);
    const locale = spawnSync(process.execPath, [join(ROOT, 'src/cli/import.ts')], {
      encoding: 'utf8',
      cwd: ROOT,
      env: { ...process.env, LC_ALL: '', LANG: 'ko_KR.UTF-8' },
    });
    expect(locale.stderr).toContain('저장한 페이지나 폴더를 하나 이상 주세요');
  });
});

// The English board's copy of a release (menus, KOR, Press Releases, Date/hit lines, /END/), and the Korean
// board's copy of the same release, imported on different days.
const RELEASE_EN_BOARD = `Skip to content
Ministry of Foreign Affairs REPUBLIC OF KOREA
KOR
Press Releases
Outcome of Telephone Conversation between ROK and Japanese Foreign Ministers
Date
2025-01-08
hit
412
1. Minister of Foreign Affairs Cho Tae-yul had a telephone conversation with Minister for Foreign Affairs Iwaya Takeshi of Japan on the evening of January 7 (Tuesday).
2. The two Ministers agreed to mark the 60th anniversary of diplomatic normalization in a forward-looking manner.
/END/
List
Previous
Next`;
const RELEASE_KO_BOARD = `본문 바로가기
외교부
보도자료
한일 외교장관 통화 결과
부서명
동북아시아국
작성일
2025-01-08
조회수
903
□ 조태열 외교부 장관은 1.7.(화) 저녁 이와야 다케시(岩屋毅) 일본 외무대신과 전화통화를 가졌다.
□ 양 장관은 국교정상화 60주년을 미래지향적으로 기념해 나가기로 했다. 끝.
이전글
다음글`;

describe('a translation whose original the archive does not hold yet (원문이 아직 없는 번역)', () => {
  it('imports the official English release on its own, says so, passes the checks; the Korean original arriving later with --pair joins it', () => {
    const { dir } = emptyArchive();
    const pages = mkdtempSync(join(tmpdir(), 'archive-pages-'));
    writeFileSync(join(pages, 'en.txt'), RELEASE_EN_BOARD);
    writeFileSync(join(pages, 'ko.txt'), RELEASE_KO_BOARD);
    const en = run(join(pages, 'en.txt'), '--content', dir);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('kept on its own: the ko original of this en translation is not in the archive yet');
    const alone = checkContentFolder(dir);
    expect(alone.problems).toEqual([]);
    expect(alone.data.documents.map((d) => [d.lang, d.translation.status, d.translation.from])).toEqual([['en', 'official', 'ko']]);

    const ko = run(join(pages, 'ko.txt'), '--pair', '--content', dir);
    expect(ko.status).toBe(0);
    const both = checkContentFolder(dir);
    expect(both.problems).toEqual([]);
    const id = both.data.documents[0]!.id;
    expect(both.data.documents.map((d) => [d.id, d.lang, d.translation.status])).toEqual([
      [id, 'en', 'official'],
      [id, 'ko', 'original'],
    ]);
    expect(both.data.meetings).toHaveLength(1);
  });

  it('takes the original’s address from the page’s alternate link', () => {
    const { registry } = emptyArchive();
    const html = `<html><head><link rel="alternate" hreflang="ko" href="https://www.mofa.go.kr/www/brd/m_4080/view.do?seq=1"></head><body>
      ${RELEASE_EN_BOARD.split('\n')
        .map((l) => `<p>${l}</p>`)
        .join('')}</body></html>`;
    const { report } = preparePage('en.html', utf8(html), registry);
    expect(report.errors).toEqual([]);
    expect(report.translation).toEqual({ status: 'official', from: 'ko', originalUrl: 'https://www.mofa.go.kr/www/brd/m_4080/view.do?seq=1' });
  });
});

// A release naming two ministers the registry lacks, and a page that prints no headline above its text.
const UNKNOWN_MINISTERS_EN = `Skip to content
KOR
Press Releases
Outcome of Telephone Conversation between ROK and Danish Foreign Ministers
Date
2022-11-04
hit
88
1. Minister of Foreign Affairs Park Jin had a telephone conversation with Minister for Foreign Affairs Jeppe Kofod of Denmark on the afternoon of November 3 (Thursday).
2. The two Ministers agreed to keep working together on green energy.
/END/`;
const NO_HEADLINE_KO = `본문 바로가기
보도자료
2024.03.02 외교부
목록
조태열 외교부 장관은 3.1.(금) 오후 가미카와 요코(Kamikawa Yoko) 일본 외무대신과 전화통화를 갖고 양국 관계를 논의했다.
양 장관은 긴밀히 소통해 나가기로 했다.`;

describe('working through a backlog (밀린 페이지 가져오기)', () => {
  it('--add-people writes the participants the registry lacks as incomplete records, and the meeting keeps them', () => {
    const { dir, registry } = emptyArchive();
    const without = importPage('en.txt', utf8(UNKNOWN_MINISTERS_EN), { ...registry, people: [...registry.people] }, dir);
    expect(without.status).toBe('failed');
    expect(without.errors).toContain(
      'en.txt: meeting.participants: no participant from the people registry is named in the lead: add the people (content/people/), or import again with --add-people to start their records from the page',
    );

    const report = importPage('en.txt', utf8(UNKNOWN_MINISTERS_EN), registry, dir, { addPeople: true });
    expect(report.status).toBe('imported');
    expect(report.peopleAdded).toEqual(['park-jin', 'jeppe-kofod']);
    expect(report.files).toEqual(expect.arrayContaining(['people/park-jin.yaml', 'people/jeppe-kofod.yaml']));
    const archive = checkContentFolder(dir);
    expect(archive.problems).toEqual([]);
    const kofod = archive.data.people.find((p) => p.id === 'jeppe-kofod')!;
    expect(kofod).toMatchObject({
      name: { en: 'Jeppe Kofod' },
      country: 'dk',
      incomplete: true,
      roles: [{ title: { ko: '덴마크 외교장관', en: 'Minister for Foreign Affairs of Denmark' } }],
    });
    expect(archive.data.people.find((p) => p.id === 'park-jin')).toMatchObject({
      country: 'kr',
      incomplete: true,
      roles: [{ title: { ko: '외교부 장관', en: 'Minister of Foreign Affairs' } }],
    });
    expect(archive.data.meetings[0]!.participants).toEqual([
      { person: 'park-jin', side: 'kr', role: { ko: '외교부 장관', en: 'Minister of Foreign Affairs' } },
      { person: 'jeppe-kofod', side: 'dk', role: { ko: '덴마크 외교장관', en: 'Minister for Foreign Affairs of Denmark' } },
    ]);
    // The registry has learnt them: the next page naming them needs no new record.
    expect(registry.people.some((p) => p.id === 'jeppe-kofod')).toBe(true);
  });

  it('a page without a headline fails and says how to give one; --title gives it', () => {
    const { dir } = emptyArchive();
    const pages = mkdtempSync(join(tmpdir(), 'archive-pages-'));
    writeFileSync(join(pages, 'untitled.txt'), NO_HEADLINE_KO);
    const failed = run(join(pages, 'untitled.txt'), '--content', dir);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toContain(
      'title: no headline found: the page prints none above its text (a menu, section or outlet name is no title): give it with --title "…"',
    );
    const given = run(join(pages, 'untitled.txt'), '--content', dir, '--title', '한일 외교장관 통화');
    expect(given.status).toBe(0);
    expect(checkContentFolder(dir).data.documents.map((d) => d.title)).toEqual(['한일 외교장관 통화']);
    expect(run(pages, '--content', dir, '--title', 'x', '--dry-run').status).toBe(2);
  });

  it('a folder import goes on past what it cannot read, and imports a page reached twice through a link once', () => {
    const { dir } = emptyArchive();
    const pages = mkdtempSync(join(tmpdir(), 'archive-pages-'));
    mkdirSync(join(pages, '2024'));
    writeFileSync(join(pages, '2024/a-release.txt'), RELEASE_KO);
    symlinkSync('..', join(pages, '2024/up'));
    symlinkSync('gone.txt', join(pages, 'ghost.txt'));
    const r = run(pages, '--content', dir, '--dry-run');
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`ghost.txt: (file): cannot read it (ENOENT): check that it is there and that you may read it`);
    expect(r.stderr).toContain('2024/up: (folder): is a link back to a folder already read: its pages are imported once, from there');
    expect(r.stdout.match(/a-release\.txt/g)).toHaveLength(1);
    expect(r.stdout).toMatch(/· .*2024\/a-release\.txt/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a folder import writes a JSON and a CSV report of what needs an archivist’s hand', () => {
    const { dir } = emptyArchive();
    const pages = mkdtempSync(join(tmpdir(), 'archive-pages-'));
    writeFileSync(join(pages, 'a-release.txt'), RELEASE_KO);
    writeFileSync(join(pages, 'b-unknown.txt'), UNKNOWN_MINISTERS_EN);
    writeFileSync(join(pages, 'c-untitled.txt'), NO_HEADLINE_KO);
    const r = run(pages, '--content', dir, '--report', join(pages, 'backlog'));
    expect(r.status).toBe(1);
    const b = JSON.parse(readFileSync(join(pages, 'backlog.json'), 'utf8')) as {
      pages: number;
      counts: Record<string, number>;
      needs: Record<string, number>;
      rows: { page: string; status: string; needs: string[]; unknownPeople: string[]; missingHeadline: boolean; guessed: string[] }[];
    };
    expect(b.pages).toBe(3);
    expect(b.counts).toEqual({ imported: 1, parsed: 0, skipped: 0, failed: 2 });
    const row = (name: string) => b.rows.find((x) => x.page.endsWith(name))!;
    expect(row('a-release.txt')).toMatchObject({ status: 'imported', unknownPeople: ['가미카와 요코 / Kamikawa Yoko'], needs: ['unknown-people'] });
    expect(row('b-unknown.txt')).toMatchObject({ status: 'failed', unknownPeople: ['Park Jin', 'Jeppe Kofod'], needs: ['fix-errors', 'unknown-people'] });
    expect(row('c-untitled.txt')).toMatchObject({ status: 'failed', missingHeadline: true });
    expect(row('c-untitled.txt').needs).toEqual(expect.arrayContaining(['fix-errors', 'headline']));
    const csv = readFileSync(join(pages, 'backlog.csv'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(csv[0]).toBe('page,status,needs,lang,title,published,meeting_date,files,unknown_people,people_added,missing_headline,guessed,errors');
    expect(csv.filter(Boolean)).toHaveLength(4);
    expect(csv.find((l) => l.includes('c-untitled.txt'))).toMatch(/,yes,/);
  });
});

describe('messages in both languages (메시지)', () => {
  it('every message exists in Korean and English, and the Korean ones are Korean', async () => {
    const { IMPORT_MESSAGES, messageLang } = await import('../../src/ingest/messages.ts');
    expect(Object.keys(IMPORT_MESSAGES.ko).sort()).toEqual(Object.keys(IMPORT_MESSAGES.en).sort());
    for (const [key, value] of Object.entries(IMPORT_MESSAGES.ko)) {
      const text = typeof value === 'function' ? (value as (...a: unknown[]) => string)('x', 'y', 'z', 'w', 'v') : value;
      expect(/\p{Script=Hangul}/u.test(String(text)), key).toBe(true);
    }
    expect([
      messageLang('ko'),
      messageLang(undefined, { LANG: 'ko_KR.UTF-8' }),
      messageLang(undefined, { LANG: 'en_US.UTF-8' }),
      messageLang(undefined, {}),
    ]).toEqual(['ko', 'ko', 'en', 'en']);
  });

  it('a failed page reports its field and fix in Korean', async () => {
    const { IMPORT_MESSAGES } = await import('../../src/ingest/messages.ts');
    const { registry } = emptyArchive();
    const { report } = preparePage(
      'nodate.txt',
      utf8('한미 협력 소식\n\n양국은 협력을 강화하기로 했다고 밝혔다. 자세한 내용은 나중에 알려질 예정이다.'),
      registry,
      { t: IMPORT_MESSAGES.ko },
    );
    expect(report.errors).toContain(
      'nodate.txt: published: 페이지에서 게시일을 찾지 못했습니다: 항목에 `published: YYYY-MM-DD`를 적거나 다른 언어판과 짝지어(--pair) 가져오세요',
    );
  });
});
