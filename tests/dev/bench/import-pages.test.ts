import { describe, expect, it } from 'vitest';
import { generatePages } from '../../../src/dev/bench/import-pages.ts';
import { checkContentFolder } from '../../../src/lib/content/check-folder-fs.ts';
import { importPage } from '../../../src/ingest/import.ts';
import { CONTENT_DIR, registriesOnly } from '../../support/fixtures.ts';

const { data } = checkContentFolder(CONTENT_DIR);

describe('a folder of 1,000 generated pages (가져오기 1,000건)', () => {
  it('is deterministic, one meeting day per page, English releases beside their Korean ones', () => {
    const a = generatePages(10, 7, data.people);
    expect(generatePages(10, 7, data.people)).toEqual(a);
    expect(a.map((p) => p.name.replace(/^\d+-/, ''))).toEqual([
      'release.txt',
      'release-en.txt',
      'news.txt',
      'blog.txt',
      'call.txt',
      'release.txt',
      'release-en.txt',
      'news.txt',
      'blog.txt',
      'call.txt',
    ]);
  });

  it('imports in good time into an archive that passes its checks', () => {
    const dir = registriesOnly('archive-import-1000-');
    const registry = { people: data.people, countries: data.countries, meetings: [], documents: [] };
    const pages = generatePages(1000, 1, data.people);
    const started = performance.now();
    const statuses = pages.map((p) => importPage(p.name, new TextEncoder().encode(p.text), registry, dir, { pair: true }).status);
    const seconds = (performance.now() - started) / 1000;
    console.log(`1,000 pages imported in ${seconds.toFixed(2)} s: ${Math.round(1000 / seconds)} pages/s`);
    expect(statuses.filter((s) => s !== 'imported')).toEqual([]);
    // "Good time": the 2-core machine does it in ~2.5 s; a budget of a minute leaves room for slower ones.
    expect(seconds).toBeLessThan(60);
    const archive = checkContentFolder(dir);
    expect(archive.problems).toEqual([]);
    expect([archive.data.documents.length, archive.data.meetings.length]).toEqual([1200, 800]);
  });
});
