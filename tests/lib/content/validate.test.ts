import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { checkContentFolder } from '../../../src/lib/content/check-folder-fs.ts';
import { BROKEN_FIXTURES, CONTENT_DIR, ROOT, VALID_FIXTURE, brokenContent } from '../../support/fixtures.ts';

/** Problems as the user reads them, with the temporary folder's path cut off. */
function report(dir: string): string[] {
  return checkContentFolder(dir).problems.map((p) => formatProblem({ ...p, file: relative(dir, p.file) }).replaceAll(`${dir}/`, ''));
}

describe('content checks', () => {
  it('accept the archive content and the valid fixture', () => {
    expect(checkContentFolder(CONTENT_DIR).problems).toEqual([]);
    expect(checkContentFolder(VALID_FIXTURE).problems).toEqual([]);
  });

  // Each broken fixture under tests/fixtures/content/broken/ and the message it must produce.
  const cases: Record<string, string[]> = {
    'schema-enum': ['documents/2020-03-02-news.ko.md: source.kind: got "press"; use one of "official", "news", "blog"'],
    'missing-field': ['documents/2020-03-02-news.ko.md: published: required field is missing'],
    'unknown-field': ['people/jane-doe.yaml: countr: unknown field: remove it or check its spelling'],
    'bad-date': ['meetings/2021-07-01-kr-us-ministers.yaml: date: is not a real calendar date'],
    'unknown-meeting': [
      'documents/2020-03-02-news.ko.md: meetings[0]: unknown meeting "2099-01-01-nothing": add content/meetings/2099-01-01-nothing.yaml or correct the id',
    ],
    'unknown-person': [
      'meetings/2020-03-02-kr-us-call.yaml: participants[1].person: unknown person "john-smith": add content/people/john-smith.yaml or correct the id',
    ],
    'unknown-country': [
      'meetings/2020-03-02-kr-us-call.yaml: counterparts[1]: unknown country "de": add content/countries/de.yaml or correct the id',
    ],
    'not-a-country': [
      'meetings/2020-03-02-kr-us-call.yaml: counterparts[1]: "xx" is not an ISO 3166-1 alpha-2 country code: use one such as "us", "jp", "de" (content/countries/ has a record for each)',
    ],
    'duplicate-id': [
      'documents/2020-03-02-news.ko.md: id: duplicate document id "2020-03-02-news" in language "ko": documents/2020-03-02-news-copy.ko.md already uses it; give one of them another id',
      'meetings/2020-03-03-copy.yaml: id: duplicate meeting id "2020-03-02-kr-us-call": meetings/2020-03-02-kr-us-call.yaml already uses it; give one of them another id',
    ],
    'versions-disagree': [
      'documents/2021-07-02-release.ko.md: meetings: language versions of document "2021-07-02-release" disagree: ko names [2021-07-01-kr-us-ministers] but documents/2021-07-02-release.en.md (en) names [2020-03-02-kr-us-call]; give both the same meetings',
    ],
    'missing-original': [
      'documents/2020-03-05-orphan.en.md: translation.from: this machine translation\'s original is missing: add the ko version of document "2020-03-05-orphan" (lang: ko, translation.status: original)',
    ],
    // Another encoding is named with the fix, and the record it holds is not reported missing where it is named.
    'encoding-euc-kr': [
      'documents/2020-03-02-news.ko.md: (encoding): is not UTF-8: it looks like EUC-KR (CP949): convert it, e.g. iconv -f EUC-KR -t UTF-8 documents/2020-03-02-news.ko.md > converted && mv converted documents/2020-03-02-news.ko.md',
    ],
    'encoding-bom': [
      "documents/2020-03-02-news.ko.md: (encoding): starts with a byte-order mark (BOM): save it as UTF-8 without a BOM (e.g. sed -i '1s/^\\xEF\\xBB\\xBF//' documents/2020-03-02-news.ko.md)",
      "people/jane-doe.yaml: (encoding): starts with a byte-order mark (BOM): save it as UTF-8 without a BOM (e.g. sed -i '1s/^\\xEF\\xBB\\xBF//' people/jane-doe.yaml)",
    ],
    'encoding-utf16': [
      'meetings/2020-03-02-kr-us-call.yaml: (encoding): is in UTF-16LE, not UTF-8: convert it, e.g. iconv -f UTF-16LE -t UTF-8 meetings/2020-03-02-kr-us-call.yaml > converted && mv converted meetings/2020-03-02-kr-us-call.yaml',
    ],
    'url-scheme': [
      'documents/2020-03-02-news.en.md: source.url: must be a full web address starting with https:// (or http://)',
      'documents/2020-03-02-news.en.md: translation.originalUrl: must be a full web address starting with https:// (or http://)',
      'documents/2020-03-02-news.ko.md: source.url: must be a full web address starting with https:// (or http://)',
    ],
    // Characters no page or feed can show (feeds and sitemaps become unreadable XML), in a field and in a body.
    'control-character': [
      'documents/2020-03-02-news.ko.md: title: contains U+0092, a control character that pages and feeds cannot show, at character 8: delete it, or write the character the source meant (probably ’, from a page decoded as Latin-1 instead of Windows-1252)',
      'documents/2020-03-02-news.ko.md: body: contains U+0001, a control character that pages and feeds cannot show, on line 4 of the text below the frontmatter: delete it, or write the character the source meant',
      'people/jane-doe.yaml: variants.en[0]: contains U+FFFF, a noncharacter that pages and feeds cannot show, at character 5: delete it, or write the character the source meant',
    ],
    // One holder of an office at a time, roles oldest first, each ending after it begins, offices that exist.
    'office-terms': [
      'people/kim-cheol-su.yaml: roles[0].office: unknown office "kr-first-vice-minister": add content/offices/kr-first-vice-minister.yaml or correct the id',
      'people/kim-cheol-su.yaml: roles[0].to: ends (2018-01) before it begins (2019-05): correct one of the two dates',
      'people/kim-cheol-su.yaml: roles[1].from: begins (2017-03) before roles[0] (2019-05): list the roles oldest first',
      'people/hong-gil-dong.yaml: roles[0].from: this term in office "kr-foreign-minister" (from 2020) overlaps kim-cheol-su’s (people/kim-cheol-su.yaml roles[1]: 2017-03 – still in office): one holder at a time — correct the dates, or give the earlier term its end (to:)',
    ],
    'yaml-syntax': ['meetings/2022-01-01-broken.yaml: (file): YAML syntax error at line 4, column 1: missed comma between flow collection entries'],
  };

  it('have a test case for every broken fixture on disk', () => {
    expect(readdirSync(BROKEN_FIXTURES).sort()).toEqual(Object.keys(cases).sort());
  });

  for (const [name, expected] of Object.entries(cases)) {
    it(`report ${name} with file, field and fix`, () => {
      expect(report(brokenContent(name))).toEqual(expected);
    });
  }

  it('accept an official or unofficial translation whose original the archive does not hold, with the original’s address; refuse a bad address', () => {
    const dir = brokenContent('missing-original');
    const file = join(dir, 'documents/2020-03-05-orphan.en.md');
    const machine = readFileSync(file, 'utf8');
    for (const status of ['official', 'unofficial']) {
      writeFileSync(file, machine.replace('translation: { status: machine, from: ko, by: Google Translate }', `translation: { status: ${status}, from: ko, originalUrl: "https://www.mofa.go.kr/www/brd/m_4080/view.do?seq=1" }`));
      expect(report(dir), status).toEqual([]);
    }
    writeFileSync(file, machine.replace('translation: { status: machine, from: ko, by: Google Translate }', 'translation: { status: official, from: ko, originalUrl: mofa.go.kr/www }'));
    expect(report(dir)).toEqual(['documents/2020-03-05-orphan.en.md: translation.originalUrl: must be a full web address starting with https:// (or http://)']);
    writeFileSync(file, machine.replace('translation: { status: machine, from: ko, by: Google Translate }', 'translation: { status: original, originalUrl: "https://example.org/" }'));
    expect(report(dir)).toEqual(['documents/2020-03-05-orphan.en.md: translation.originalUrl: an original has no other original: remove "originalUrl" (source.url is its address)']);
  });

  it('make `npm run check` fail with the report, and pass on good content', () => {
    const run = (dir: string) => {
      try {
        return { code: 0, out: execFileSync(process.execPath, ['src/cli/check.ts'], { cwd: ROOT, env: { ...process.env, ARCHIVE_CONTENT_DIR: dir }, encoding: 'utf8', stdio: 'pipe' }) };
      } catch (err) {
        const e = err as { status: number; stderr: string };
        return { code: e.status, out: e.stderr };
      }
    };
    const bad = run(brokenContent('unknown-person'));
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("The archive's content has 1 problem:");
    expect(bad.out).toContain('participants[1].person: unknown person "john-smith"');
    const good = run(VALID_FIXTURE);
    expect(good.code).toBe(0);
    expect(good.out).toContain('2 documents (3 language versions), 2 meetings');
  });
});
