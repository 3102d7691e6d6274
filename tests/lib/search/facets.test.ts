import { describe, expect, it } from 'vitest';
import { buildFacets, countFacets, orderByDate } from '../../../src/lib/search/facets.ts';

const pages = [
  { id: 'ko_b', filters: { year: ['2024'], counterpart: ['us', 'jp'], kind: ['official'] } },
  { id: 'ko_a', filters: { year: ['2018'], counterpart: ['us'], kind: ['news'] } },
  { id: 'ko_c', filters: { year: ['2024'], counterpart: ['pe'], kind: ['blog'] } },
];

describe('facets: counts per filter value from result ids (한국어·English bundles alike)', () => {
  const facets = buildFacets(pages);

  it('keeps every value once, in order, and every page by its id', () => {
    expect(facets.values).toEqual({ counterpart: ['jp', 'pe', 'us'], kind: ['blog', 'news', 'official'], year: ['2018', '2024'] });
    expect(facets.ids).toEqual(['ko_a', 'ko_b', 'ko_c']);
    expect(facets.columns.counterpart).toEqual([2, [2, 0], 1]);
  });

  it('counts a page under each of its values, and only the results given', () => {
    expect(countFacets(facets, ['ko_b', 'ko_c'])).toEqual({
      counterpart: { jp: 1, pe: 1, us: 1 },
      kind: { blog: 1, news: 0, official: 1 },
      year: { '2018': 0, '2024': 2 },
    });
  });

  it('counts zero for no results and ignores ids it does not know', () => {
    expect(countFacets(facets, ['en_zzz']).year).toEqual({ '2018': 0, '2024': 0 });
    expect(countFacets(facets, []).counterpart).toEqual({ jp: 0, pe: 0, us: 0 });
  });

  it('survives a round trip through JSON, as the browser reads it', () => {
    expect(countFacets(JSON.parse(JSON.stringify(facets)), ['ko_a', 'ko_b', 'ko_c']).counterpart).toEqual({ jp: 1, pe: 1, us: 2 });
  });
});

describe('facets: the date order of results merged from several shards (한국어·English alike)', () => {
  const facets = buildFacets([
    { id: 'ko_b', filters: {}, date: '2024-06-01' },
    { id: 'ko_a', filters: {}, date: '2018-06-29' },
    { id: 'ko_c', filters: {}, date: '2024-11-15' },
    { id: 'ko_d', filters: {}, date: '2024-06-01' },
  ]);
  const results = ['ko_d', 'ko_a', 'ko_zzz', 'ko_c', 'ko_b'].map((id) => ({ id }));

  it("keeps each page's date beside its id", () => {
    expect(facets.ids).toEqual(['ko_a', 'ko_b', 'ko_c', 'ko_d']);
    expect(facets.dates).toEqual(['2018-06-29', '2024-06-01', '2024-11-15', '2024-06-01']);
    expect(buildFacets(pages).dates).toBeUndefined();
  });

  it('orders newest or oldest first; equal dates keep their order, unknown pages count as undated', () => {
    expect(orderByDate(facets, results, 'desc').map((r) => r.id)).toEqual(['ko_c', 'ko_d', 'ko_b', 'ko_a', 'ko_zzz']);
    expect(orderByDate(facets, results, 'asc').map((r) => r.id)).toEqual(['ko_zzz', 'ko_a', 'ko_d', 'ko_b', 'ko_c']);
  });
});
