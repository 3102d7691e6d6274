import { describe, expect, it } from 'vitest';
import { digestOf } from '../../../src/lib/build/digest.ts';
import { pageName, routeKeys, ROUTES, type RouteName } from '../../../src/lib/build/routes.ts';
import { Archive } from '../../../src/lib/model/archive.ts';
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
  const location = { site: 'https://example.org', base: '/' };

  it('name every page of every route, each with a key', () => {
    const archive = realArchive();
    const keys = routeKeys(archive, location);
    for (const [name, def] of Object.entries(ROUTES) as [RouteName, (typeof ROUTES)[RouteName]][]) {
      const pages = def.pages(archive) as Record<string, string>[];
      expect(pages.length, name).toBeGreaterThan(0);
      for (const params of pages) expect(keys.get(pageName(name, params)), `${name} ${JSON.stringify(params)}`).toMatch(/^[\w-]{32}$/);
    }
  });

  it('change with what a page shows and nothing else', () => {
    const archive = realArchive();
    const before = routeKeys(archive, location);
    const again = routeKeys(realArchive(), location);
    expect([...again]).toEqual([...before]);
    // A person's new variant that no text prints changes their own pages only, and the data files made from all records.
    const changed = realArchive();
    const person = changed.input.people.find((p) => p.id === 'antony-blinken')!;
    person.variants.en.push('Tony J. Blinken');
    const after = routeKeys(new Archive(changed.input), location);
    const differing = [...before.keys()].filter((k) => before.get(k) !== after.get(k));
    expect(differing.sort()).toEqual(
      [
        ...['ko', 'en'].map((lang) => pageName('person', { lang, id: 'antony-blinken' })),
        ...[
          'meetings.json',
          'documents.json.gz',
          'people.json',
          'countries.json',
          'topics.json',
          'offices.json',
          'trips.json',
          'visits.json',
          'meetings.csv',
          'documents.csv',
        ].map((file) => pageName('openData', { file })),
      ].sort(),
    );
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

  it('hold only plain data, on every page of every route', () => {
    const archive = realArchive();
    const location = { site: 'https://example.org', base: '/' };
    const problems = (Object.entries(ROUTES) as [RouteName, (typeof ROUTES)[RouteName]][]).flatMap(([name, def]) =>
      (def.pages(archive) as Record<string, string>[]).flatMap((params) =>
        isPlain(
          (def.view as (a: typeof archive, l: typeof location, p: Record<string, string>) => unknown)(archive, location, params),
          `${name} ${JSON.stringify(params)}`,
        ),
      ),
    );
    expect(problems).toEqual([]);
  });
});
