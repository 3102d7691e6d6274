// The proof of the import: each of the five raw seed pages, imported into an archive that holds only the
// registries, gives back the curated entry's text and metadata.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/lib/content/check-folder-fs.ts';
import type { DocumentVersion } from '../../src/lib/model/archive.ts';
import { importPage, type ImportReport } from '../../src/ingest/import.ts';
import { markdownLines } from '../../src/lib/text/markdown-text.ts';
import { collapseSpace as normalize } from '../../src/lib/text/whitespace.ts';
import { SEED_MAPS } from '../fixtures/seeds.ts';
import { CONTENT_DIR, registriesOnly, SEEDS_DIR } from '../support/fixtures.ts';

const curated = checkContentFolder(CONTENT_DIR).data;
const text = (markdown: string) => markdownLines(markdown).map(normalize).filter(Boolean);

describe('importing the seed pages (가져오기 / import)', () => {
  let dir: string;
  let imported: ReturnType<typeof checkContentFolder>['data'];
  const reports = new Map<string, ImportReport>();

  beforeAll(() => {
    dir = registriesOnly('archive-import-seeds-');
    const registry = { people: curated.people, countries: curated.countries, meetings: [], documents: [] };
    // In name order, as a folder import runs: the English release (004) finds the Korean one (000) to pair with.
    for (const seed of readdirSync(SEEDS_DIR).sort()) {
      reports.set(seed, importPage(seed, readFileSync(join(SEEDS_DIR, seed)), registry, dir, { pair: true }));
    }
    imported = checkContentFolder(dir).data;
  });

  it('imports all five, and the archive they make passes its checks', () => {
    expect([...reports.values()].map((r) => [r.input, r.status, r.errors])).toEqual(SEED_MAPS.map((m) => [m.seed, 'imported', []]));
    expect(checkContentFolder(dir).problems).toEqual([]);
  });

  describe.each(SEED_MAPS)('$seed', (map) => {
    const versions = () => {
      const report = reports.get(map.seed)!;
      return map.documents.map((file, i) => {
        const want = curated.documents.find((d) => `${d.id}.${d.lang}.md` === file)!;
        const path = report.files.filter((f) => f.startsWith('documents/'))[i] ?? report.files[0]!;
        const got = imported.documents.find((d) => `documents/${d.id}.${d.lang}.md` === path && d.lang === want.lang);
        return { want, got: got! };
      });
    };
    const meetingOf = (d: DocumentVersion, data: typeof curated) => data.meetings.find((m) => m.id === d.meetings[0])!;

    it('gives the curated body, title and deck, word for word', () => {
      for (const { want, got } of versions()) {
        expect(got, `no ${want.lang} version imported`).toBeDefined();
        expect(got.title).toBe(want.title);
        expect(got.deck).toEqual(want.deck);
        expect(text(got.body)).toEqual(text(want.body));
      }
    });

    it('gives the curated dates, provenance and translation status', () => {
      for (const { want, got } of versions()) {
        expect([got.published, got.publishedTime]).toEqual([want.published, want.publishedTime]);
        expect(got.source.kind).toBe(want.source.kind);
        expect(got.source.publisher.ko).toBe(want.source.publisher.ko);
        expect([got.source.author, got.source.section, got.source.url]).toEqual([want.source.author, want.source.section, want.source.url]);
        expect(got.source.republished?.notice).toBe(want.source.republished?.notice);
        expect(got.translation).toEqual(want.translation);
      }
    });

    it('gives the meeting the curated entry reports first: date, format, level, counterparts, participants', () => {
      for (const { want, got } of versions()) {
        const m = meetingOf(got, imported);
        const w = meetingOf(want, curated);
        expect([m.date, m.partOfDay, m.durationMinutes, m.format, m.level, m.counterparts]).toEqual([
          w.date,
          w.partOfDay,
          w.durationMinutes,
          w.format,
          w.level,
          w.counterparts,
        ]);
        expect(m.participants.map((p) => [p.person, p.side])).toEqual(w.participants.map((p) => [p.person, p.side]));
        if (w.place) expect(m.place?.country).toBe(w.place.country);
      }
    });
  });

  it('learns a publisher’s English name from the archive: importing into the curated archive names 사건의내막 “Inside Story”', () => {
    const registry = { people: curated.people, countries: curated.countries, meetings: curated.meetings, documents: curated.documents };
    const seed = SEED_MAPS[1]!.seed;
    const report = importPage(seed, readFileSync(join(SEEDS_DIR, seed)), registry, mkdtempSync(join(tmpdir(), 'archive-import-')), { dryRun: true });
    expect(report.source?.publisher).toEqual({ ko: '사건의내막', en: 'Inside Story' });
    // The archive has the meeting already: the import links it rather than making a second record.
    expect(report.meeting?.existing).toBe('2024-11-14-kr-us-foreign-ministers');
    expect(report.files.some((f) => f.startsWith('meetings/'))).toBe(false);
  });
});
