// Whatever an archivist feeds the importer — random Unicode, binary files, empty or huge files, pages cut
// short, HTML fragments, pages of chrome only — it answers with a result, never an uncaught exception or an
// internal error; a failure always names the input, the field and why; and a failure writes nothing.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/lib/content/check-folder-fs.ts';
import { MAX_BYTES } from '../../src/ingest/decode.ts';
import { importPage } from '../../src/ingest/import.ts';
import { CONTENT_DIR, registriesOnly, SEEDS_DIR } from '../support/fixtures.ts';

const { data } = checkContentFolder(CONTENT_DIR);
const utf8 = (s: string) => new TextEncoder().encode(s);
// Real-shaped pages to cut up: the five raw seeds (kept in the repository, so a bare clone has them).
const pages = readdirSync(SEEDS_DIR)
  .sort()
  .map((f) => readFileSync(join(SEEDS_DIR, f), 'utf8'));
if (pages.length !== 5) throw new Error(`expected the five seed pages in ${SEEDS_DIR}, found ${pages.length}`);

const CHROME = [
  '본문 바로가기',
  '주메뉴 바로가기',
  '검색',
  '목록',
  '인쇄',
  '조회수 12',
  '이전 기사 보기 다음 기사 보기',
  '많이 본 뉴스',
  'Copyright © 2024 All rights reserved.',
  '▲ 사진 ©',
  'Skip to content',
  'Related Articles',
  'Share',
  '0',
];
const TAGS = ['p', 'div', 'span', 'b', 'h1', 'h2', 'li', 'ul', 'table', 'tr', 'td', 'script', 'nav', 'footer', 'br', 'article'];

const page = fc.oneof(
  { arbitrary: fc.string({ unit: 'binary', maxLength: 3000 }).map(utf8), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 3000 }).map(utf8), weight: 2 },
  { arbitrary: fc.uint8Array({ maxLength: 4000 }), weight: 2 },
  { arbitrary: fc.constant(new Uint8Array()), weight: 1 },
  // A page cut anywhere (also inside a UTF-8 sequence) or reduced to a slice.
  {
    arbitrary: fc.tuple(fc.nat(pages.length - 1), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([i, a, b]) => {
      const bytes = utf8(pages[i]!);
      const [from, to] = [Math.floor(Math.min(a, b) * bytes.length), Math.ceil(Math.max(a, b) * bytes.length)];
      return bytes.slice(from, to);
    }),
    weight: 4,
  },
  // A page's lines, some dropped and shuffled, sometimes with chrome between them.
  {
    arbitrary: fc
      .tuple(fc.nat(pages.length - 1), fc.array(fc.constantFrom(...CHROME), { maxLength: 6 }))
      .chain(([i, chrome]) => fc.shuffledSubarray([...pages[i]!.split('\n'), ...chrome]))
      .map((lines) => utf8(lines.join('\n'))),
    weight: 4,
  },
  // HTML fragments, closed or not, around text of any script.
  {
    arbitrary: fc
      .array(fc.tuple(fc.constantFrom(...TAGS), fc.string({ unit: 'grapheme', maxLength: 80 }), fc.boolean()), { maxLength: 30 })
      .map((parts) => utf8(`<html><body>${parts.map(([t, s, close]) => `<${t}>${s}${close ? `</${t}>` : ''}`).join('')}</body></html>`)),
    weight: 3,
  },
  { arbitrary: fc.array(fc.constantFrom(...CHROME), { minLength: 1, maxLength: 20 }).map((l) => utf8(l.join('\n\n'))), weight: 2 },
);

const SEED = Number(process.env.FC_SEED ?? 20261122);

describe('importing anything (임의 입력 / any input)', () => {
  it('answers every one of 1,200 generated inputs with a result; failures name input, field and why, and write nothing', () => {
    const dir = registriesOnly('archive-import-prop-');
    const registry = { people: data.people, countries: data.countries, meetings: [], documents: [] };
    const statuses: Record<string, number> = {};
    const count = () => readdirSync(dir, { recursive: true }).length;
    let n = 0;
    fc.assert(
      fc.property(page, (bytes) => {
        const name = `page-${n++}.txt`;
        const before = count();
        const report = importPage(name, bytes, registry, dir);
        statuses[report.status] = (statuses[report.status] ?? 0) + 1;
        expect(['imported', 'skipped', 'failed']).toContain(report.status);
        expect(() => JSON.stringify(report)).not.toThrow();
        for (const e of report.errors) expect(e).toMatch(new RegExp(`^${name.replace('.', '\\.')}: [^:]+: \\S.{8,}`));
        expect(report.errors.join('\n')).not.toContain('the importer failed on this page');
        if (report.status === 'failed') {
          expect(report.errors.length).toBeGreaterThan(0);
          expect(count()).toBe(before);
        }
        if (report.status === 'imported') expect(count()).toBe(before + report.files.length);
      }),
      { numRuns: 1200, seed: SEED },
    );
    // The generator reaches every outcome, and whatever was imported leaves an archive that passes its checks.
    console.log(`import outcomes over 1,200 inputs: ${JSON.stringify(statuses)}`);
    expect(statuses.imported).toBeGreaterThan(0);
    expect(statuses.failed).toBeGreaterThan(0);
    expect(checkContentFolder(dir).problems).toEqual([]);
  });

  it('refuses a file over the size limit at once, and parses a 2 MB page in good time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archive-import-big-'));
    const registry = { people: data.people, countries: data.countries, meetings: [], documents: [] };
    const huge = importPage('huge.txt', new Uint8Array(MAX_BYTES + 10).fill(0x61), registry, dir);
    expect(huge.errors).toEqual([expect.stringMatching(/^huge\.txt: \(file\): the file is 10\.0 MB, more than any press-release page/)]);
    const line = `${pages[0]!.split('\n').find((l) => l.length > 80) ?? '양국은 협력을 강화하기로 했다.'}\n\n`;
    const big = utf8(`제목\n\n2024.06.01 외교부\n\n${line.repeat(Math.ceil((2 * 2 ** 20) / utf8(line).length))}`);
    const started = performance.now();
    const report = importPage('big.txt', big, registry, dir, { dryRun: true });
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(report.status).not.toBe(undefined);
  });
});
