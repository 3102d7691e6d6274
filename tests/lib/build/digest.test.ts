import { describe, expect, it } from 'vitest';
import { digestOf } from '../../../src/lib/build/digest.ts';
import { keyedPaths } from '../../../src/lib/build/page-keys.ts';
import { realArchive } from '../../support/archive.ts';

describe('view digests (화면 요약값)', () => {
  it('are equal for equal views and differ for any difference, however deep', () => {
    const row = { id: 'm1', title: '한-미 외교장관회담', documents: [{ title: 'Outcome', versions: ['ko', 'en'] }] };
    const same = JSON.parse(JSON.stringify(row));
    expect(digestOf({ rows: [row] })).toBe(digestOf({ rows: [same] }));
    expect(digestOf({ rows: [row] })).not.toBe(digestOf({ rows: [{ ...same, documents: [{ title: 'Outcome', versions: ['ko'] }] }] }));
    expect(digestOf(['a', 'b'])).not.toBe(digestOf(['ab']));
    expect(digestOf({ a: 1 })).not.toBe(digestOf({ a: '1' }));
    expect(digestOf({ a: undefined, b: 2 })).toBe(digestOf({ b: 2 }));
    expect(digestOf(new Date('2024-05-31T00:00:00Z'))).not.toBe(digestOf(new Date('2024-06-01T00:00:00Z')));
    const rows = Array.from({ length: 1000 }, (_, i) => ({ id: `m${i}`, title: `회담 ${i}` }));
    expect(digestOf({ rows: rows.slice(1) })).not.toBe(digestOf({ rows }));
  });
});

describe('page keys (페이지 키)', () => {
  it('change with what a page shows and with whether the archive is synthetic, not with anything else', () => {
    const archive = realArchive();
    const [a, b] = keyedPaths(archive, [
      { params: { lang: 'ko' }, view: { title: '회담 목록' } },
      { params: { lang: 'en' }, view: { title: '회담 목록' } },
    ]);
    expect(a!.cacheKey).toBe(b!.cacheKey);
    expect(a!.props.view).toEqual({ title: '회담 목록' });
    const [c] = keyedPaths(archive, [{ params: { lang: 'ko' }, view: { title: 'Meetings' } }]);
    expect(c!.cacheKey).not.toBe(a!.cacheKey);
  });
});

// Every kind of page view is plain data, so that its JSON (what its key digests) is all it holds: a function, a
// map or a class instance in a view would be left out of the key, and a page could then change with its key not.
describe('page views (화면 데이터)', () => {
  const isPlain = (value: unknown, path: string): string[] => {
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return [];
    if (value instanceof Date) return [];
    if (Array.isArray(value)) return value.flatMap((v, i) => isPlain(v, `${path}[${i}]`));
    if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
      return Object.entries(value).flatMap(([k, v]) => (v === undefined ? [] : isPlain(v, `${path}.${k}`)));
    return [`${path}: ${typeof value === 'object' ? (value as object).constructor.name : typeof value}`];
  };

  it('hold only plain data, for every route with many pages, in both languages', async () => {
    const archive = realArchive();
    const { documentView } = await import('../../../src/lib/browse/document.ts');
    const { meetingPage } = await import('../../../src/lib/browse/meeting.ts');
    const { personView, peopleList } = await import('../../../src/lib/browse/people.ts');
    const { countryView, countriesList } = await import('../../../src/lib/browse/countries.ts');
    const { topicView, topicsList } = await import('../../../src/lib/browse/topics.ts');
    const { yearView, archiveYears } = await import('../../../src/lib/browse/years.ts');
    const { homeView } = await import('../../../src/lib/browse/home.ts');
    const { meetingIndexView, filteredIndexViews } = await import('../../../src/lib/browse/meeting-index.ts');
    const { documentFeed } = await import('../../../src/lib/publish/feed.ts');
    const abs = (p: string) => `https://example.org${p}`;
    for (const lang of ['ko', 'en'] as const) {
      const views: [string, unknown][] = [
        ...archive.input.documents.map((d) => [`document ${d.id}`, documentView(archive, d, { site: 'https://example.org', base: '/' })] as [string, unknown]),
        ...archive.input.meetings.map((m) => [`meeting ${m.id}`, meetingPage(archive, m, lang, abs)] as [string, unknown]),
        ...archive.input.people.map((p) => [`person ${p.id}`, personView(archive, p.id, lang)] as [string, unknown]),
        ...archive.counterpartCountries().map((c) => [`country ${c.id}`, countryView(archive, c.id, lang)] as [string, unknown]),
        ...topicsList(archive, lang).map((x) => [`topic ${x.id}`, topicView(archive, x.id, lang)] as [string, unknown]),
        ...archiveYears(archive).map((y) => [`year ${y}`, yearView(archive, y, lang)] as [string, unknown]),
        ...filteredIndexViews(archive, lang).map((v) => [`filter ${v.current?.value}`, v] as [string, unknown]),
        ['home', homeView(archive, lang)],
        ['index', meetingIndexView(archive, lang)],
        ['people', peopleList(archive, lang, lang)],
        ['countries', countriesList(archive, lang)],
        ['feed', documentFeed(archive, lang, abs)],
      ];
      expect(views.flatMap(([name, view]) => isPlain(view, name))).toEqual([]);
    }
  });
});
