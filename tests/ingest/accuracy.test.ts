// How well the importer reads the sources' page shapes: per field and per kind of source, over every shape
// in its text and HTML copy (tests/fixtures/pages/shapes/). `npm run accuracy` runs this file alone; the
// table goes to tmp/import/accuracy.md (and .json) and to the console.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/lib/content/check-folder-fs.ts';
import { SHAPES } from '../fixtures/pages/shapes.ts';
import { CONTENT_DIR, PAGES_DIR } from '../support/fixtures.ts';
import { FIELDS, accuracyTable, measureAll } from '../support/import-accuracy.ts';

const { data } = checkContentFolder(CONTENT_DIR);
const acc = measureAll({ people: data.people, countries: data.countries, meetings: [], documents: [] });

describe('the importer on the sources’ page shapes (페이지 형태별 정확도 / accuracy by page shape)', () => {
  it('has the fixtures the shapes describe: at least 30 shapes, each as text and as HTML, up to date', () => {
    expect(SHAPES.length).toBeGreaterThanOrEqual(30);
    for (const s of SHAPES) {
      const page = s.layout(s.article);
      expect(readFileSync(join(PAGES_DIR, 'shapes', `${s.name}.txt`), 'utf8'), `${s.name}.txt: run node tests/fixtures/pages/make-shapes.ts`).toBe(page.text);
      expect(readFileSync(join(PAGES_DIR, 'shapes', `${s.name}.html`), 'utf8'), `${s.name}.html`).toBe(page.html);
    }
  });

  it('reads every field right on at least 95% of pages, and every title', () => {
    const table = accuracyTable(acc);
    mkdirSync('tmp/import', { recursive: true });
    writeFileSync('tmp/import/accuracy.md', `${table}\n`);
    writeFileSync(
      'tmp/import/accuracy.json',
      `${JSON.stringify({ pages: acc.pages, overall: acc.overall, bySource: acc.bySource, wrong: acc.results.filter((r) => r.wrong.length).map((r) => ({ page: `${r.shape.name}.${r.copy}`, wrong: r.wrong })) }, null, 2)}\n`,
    );
    console.log(`import accuracy over ${acc.pages} pages (${SHAPES.length} shapes × text, HTML):\n${table}`);
    const wrong = acc.results.flatMap((r) => r.wrong.map((w) => `${r.shape.name}.${r.copy}: ${w}`));
    expect(acc.results.filter((r) => r.score.title < 1).map((r) => `${r.shape.name}.${r.copy}: ${r.report.title}`)).toEqual([]);
    for (const f of FIELDS) expect(acc.overall[f], `${f}\n${wrong.filter((w) => w.includes(f.split(' ')[0]!)).join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
});
