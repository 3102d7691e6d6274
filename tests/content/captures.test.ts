import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPage } from '../../src/ingest/import.ts';
import { checkContentFolder } from '../../src/lib/content/check-folder-fs.ts';
import { captureFidelity } from '../support/capture-fidelity.ts';
import { CONTENT_DIR, PAGES_DIR, registriesOnly } from '../support/fixtures.ts';

const SHAPES = join(PAGES_DIR, 'shapes');

/** The fixture pages of one copy (text or HTML), imported with their captures kept into a fresh content folder. */
function importWithCaptures(ext: 'txt' | 'html') {
  const dir = registriesOnly('archive-captures-');
  const { data } = checkContentFolder(dir);
  const registry = { people: [...data.people], countries: [...data.countries], meetings: [], documents: [] };
  const reports = readdirSync(SHAPES)
    .filter((f) => f.endsWith(`.${ext}`))
    .sort()
    .map((f) => importPage(f, readFileSync(join(SHAPES, f)), registry, dir, { addPeople: true, keepCapture: { savedOn: '2026-01-01' } }));
  return { dir, reports };
}

describe('documents that keep their capture (출처 사본)', () => {
  it('the archive’s own: every sentence of the saved page is in the entry, no chrome line is', () => {
    const { data } = checkContentFolder(CONTENT_DIR);
    expect(captureFidelity(CONTENT_DIR, data.documents).filter((f) => f.missing.length || f.chrome.length)).toEqual([]);
  });

  for (const ext of ['txt', 'html'] as const) {
    it(`imported with --keep-capture (${ext} copies): the page is kept byte for byte with its SHA-256 and date, and the entry is faithful to it`, () => {
      const { dir, reports } = importWithCaptures(ext);
      const imported = reports.filter((r) => r.status === 'imported');
      // The rest need an archivist's hand (no publisher named, no participant named in the lead): see the import tests.
      expect(imported.length).toBeGreaterThanOrEqual(25);
      const { data, problems } = checkContentFolder(dir);
      expect(problems).toEqual([]);
      for (const doc of data.documents) {
        expect(doc.source.capture, `${doc.id}.${doc.lang}`).toMatchObject({ file: expect.stringMatching(new RegExp(`^captures/.+\\.${ext === 'txt' ? 'txt' : 'html'}$`)), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      }
      const fidelity = captureFidelity(dir, data.documents);
      expect(fidelity.length).toBe(data.documents.length);
      expect(fidelity.filter((f) => f.missing.length || f.chrome.length)).toEqual([]);
    });
  }

  it('catches a changed capture, a lost capture, a dropped sentence and chrome let in', () => {
    const { dir, reports } = importWithCaptures('txt');
    const path = reports.find((r) => r.input === 'mofa-en-date-hit.txt')!.files.find((f) => f.startsWith('documents/'))!;
    const { data } = checkContentFolder(dir);
    const doc = data.documents.find((d) => path === `documents/${d.id}.${d.lang}.md`)!;
    const entryFile = join(dir, path);
    const entry = readFileSync(entryFile, 'utf8');
    const lastParagraph = entry.trimEnd().split('\n\n').at(-1)!;
    writeFileSync(entryFile, `${entry.replace(lastParagraph, '')}\n\nCopyright © Ministry of Foreign Affairs, Republic of Korea. All rights reserved.\n`);
    const after = checkContentFolder(dir).data.documents.find((d) => d.id === doc.id && d.lang === doc.lang)!;
    const [f] = captureFidelity(dir, [after]);
    expect(f!.missing.length).toBeGreaterThan(0);
    expect(f!.chrome).toContain('Copyright © Ministry of Foreign Affairs, Republic of Korea. All rights reserved.');

    appendFileSync(join(dir, doc.source.capture!.file), ' ');
    expect(checkContentFolder(dir).problems.map((p) => p.field)).toContain('source.capture.sha256');
  });
});
