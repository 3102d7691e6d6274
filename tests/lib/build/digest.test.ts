import { describe, expect, it } from 'vitest';
import { Digester } from '../../../src/lib/build/digest.ts';
import { keyedPaths } from '../../../src/lib/build/page-keys.ts';
import { realArchive } from '../../support/archive.ts';

describe('view digests (화면 요약값)', () => {
  it('are equal for equal views and differ for any difference, however deep', () => {
    const d = new Digester();
    const row = { id: 'm1', title: '한-미 외교장관회담', documents: [{ title: 'Outcome', versions: ['ko', 'en'] }] };
    const same = JSON.parse(JSON.stringify(row));
    expect(d.of({ rows: [row] })).toBe(d.of({ rows: [same] }));
    expect(d.of({ rows: [row] })).not.toBe(d.of({ rows: [{ ...same, documents: [{ title: 'Outcome', versions: ['ko'] }] }] }));
    expect(d.of(['a', 'b'])).not.toBe(d.of(['ab']));
    expect(d.of({ a: 1 })).not.toBe(d.of({ a: '1' }));
    expect(d.of({ a: undefined, b: 2 })).toBe(d.of({ b: 2 }));
    expect(d.of(new Date('2024-05-31T00:00:00Z'))).not.toBe(d.of(new Date('2024-06-01T00:00:00Z')));
  });

  it('encode a shared row once and still see a row that is new', () => {
    const d = new Digester();
    const rows = Array.from({ length: 1000 }, (_, i) => ({ id: `m${i}`, title: `회담 ${i}`, place: '서울, 대한민국 '.repeat(4) }));
    const all = d.of({ rows });
    expect(d.of({ rows: rows.slice(1) })).not.toBe(all);
    expect(d.of({ rows: [...rows] })).toBe(all);
  });

  it('refuse what is not plain data, so a view cannot hide a function or a map', () => {
    const d = new Digester();
    expect(() => d.of({ f: () => 1 })).toThrow(/plain data/);
    expect(() => d.of({ m: new Map() })).toThrow(/plain data/);
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
