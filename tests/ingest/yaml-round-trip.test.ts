// The importer writes YAML with the `yaml` package; the content checks read it with js-yaml's core schema
// (the reading Astro's loaders agree with). Every file the importer writes must read back as the very data it
// meant to write, on every page shape and every seed, so the two libraries can never drift apart unnoticed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/lib/content/check-folder-fs.ts';
import { FRONTMATTER, loadYaml } from '../../src/lib/content/read-fs.ts';
import { preparePage } from '../../src/ingest/import.ts';
import { CONTENT_DIR, PAGES_DIR, SEEDS_DIR } from '../support/fixtures.ts';

const { data } = checkContentFolder(CONTENT_DIR);
const registry = { people: data.people, countries: data.countries, meetings: [], documents: [] };
const pages = [
  ...readdirSync(join(PAGES_DIR, 'shapes'))
    .filter((n) => /\.(txt|html)$/.test(n))
    .map((n) => join(PAGES_DIR, 'shapes', n)),
  ...readdirSync(SEEDS_DIR)
    .filter((n) => /\.(txt|html?)$/.test(n))
    .map((n) => join(SEEDS_DIR, n)),
];

describe('what the importer writes reads back identically (가져오기 결과 재읽기 / YAML round trip)', () => {
  it('covers the page shapes and the seeds', () => expect(pages.length).toBeGreaterThanOrEqual(70));

  it('gives back every field of every document, meeting and person it writes', () => {
    let compared = 0;
    for (const page of pages) {
      const { built, files } = preparePage(page, readFileSync(page), registry, { addPeople: true });
      if (!built || !files.length) continue;
      const written = new Map(files.map((f) => [f.path, f.text]));
      for (const doc of built.documents) {
        const text = written.get(doc.path) as string;
        const match = FRONTMATTER.exec(text)!;
        expect(loadYaml(match[1]!), `${page} → ${doc.path}`).toEqual(doc.data);
        expect(text.slice(match[0].length).trim(), `${page} → ${doc.path} (body)`).toBe(doc.body.trim());
        compared++;
      }
      for (const record of [...(built.meeting ? [built.meeting] : []), ...built.people]) {
        expect(loadYaml(written.get(record.path) as string), `${page} → ${record.path}`).toEqual(record.data);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(70);
  });
});
