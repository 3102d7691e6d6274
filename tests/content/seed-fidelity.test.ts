import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/lib/content/check-folder-fs.ts';
import { SEED_MAPS } from '../fixtures/seeds.ts';
import { CONTENT_DIR, SEEDS_DIR } from '../support/fixtures.ts';
import { markdownLines } from '../../src/lib/text/markdown-text.ts';
import { collapseSpace as normalize } from '../../src/lib/text/whitespace.ts';

const { data } = checkContentFolder(CONTENT_DIR);
const byFile = (file: string) => {
  const doc = data.documents.find((d) => `${d.id}.${d.lang}.md` === file);
  if (!doc) throw new Error(`no entry ${file} in content/documents`);
  return doc;
};

/** A seed's lines as a reader sees them: bullets of the page's lists are presentation, not text. */
function seedLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => normalize(line).replace(/^• /, ''))
    .filter(Boolean);
}

// The raw pages are kept as fixtures in tests/fixtures/pages/seeds/: the entries must account for every line.
describe.each(SEED_MAPS)('seed $seed', (map) => {
  const docs = map.documents.map(byFile);
  const entryLines = docs.flatMap((d) => [d.title, ...d.deck, ...markdownLines(d.body ?? '')].map(normalize));
  let lines: string[] = [];
  beforeAll(() => {
    lines = seedLines(readFileSync(join(SEEDS_DIR, map.seed), 'utf8'));
  });

  it('moves every metadata line into the entry’s frontmatter', () => {
    for (const { text, check } of map.metadata) {
      const needle = normalize(text);
      const at = lines.findIndex((l) => l.includes(needle));
      expect(at, `"${text}" is not in ${map.seed}`).toBeGreaterThanOrEqual(0);
      lines[at] = normalize(lines[at]!.replace(needle, ''));
      check(docs);
    }
    lines = lines.filter(Boolean);
  });

  it('removes only lines listed as chrome, each of which is really in the seed', () => {
    for (const rule of map.chrome) {
      const matches = lines.filter((l) => (typeof rule === 'string' ? l === rule : rule.test(l)));
      expect(matches.length, `chrome rule ${String(rule)} matches nothing in ${map.seed}`).toBeGreaterThan(0);
    }
  });

  it('keeps every other line of the seed, verbatim', () => {
    const kept = lines.filter((l) => !map.chrome.some((rule) => (typeof rule === 'string' ? l === rule : rule.test(l))));
    const missing = kept.filter((l) => !entryLines.includes(l));
    expect(missing).toEqual([]);
    expect(kept.length).toBeGreaterThan(3);
  });

  it('adds no line that is not in the seed', () => {
    const invented = entryLines.filter((l) => !lines.includes(l));
    expect(invented).toEqual([]);
  });
});
