import { describe, expect, it } from 'vitest';
import { Archive } from '../../../src/lib/model/archive.ts';
import { checkContentFolder } from '../../../src/lib/content/check-folder-fs.ts';
import { filterGroups, filtersToSearch, parseFilters, rowMatches } from '../../../src/lib/browse/filters.ts';
import { CONTENT_DIR } from '../../support/fixtures.ts';

const archive = new Archive(checkContentFolder(CONTENT_DIR).data);

describe('meeting index filters (회담 거르기)', () => {
  it('offers every value the archive has, with counts and a page each, in both languages', () => {
    const ko = filterGroups(archive, 'ko');
    expect(ko.map((g) => [g.dimension, g.options.map((o) => `${o.value}:${o.count}`)])).toEqual([
      ['year', ['2024:5', '2018:1']],
      ['country', ['us:5', 'jp:1']],
      ['level', ['minister:3', 'vice-minister:3']],
      ['format', ['in-person:5', 'telephone:1']],
    ]);
    expect(ko[1]!.options[0]).toMatchObject({ label: '미국', url: '/ko/meetings/country/us/' });
    expect(ko[0]!.options[0]!.url).toBe('/ko/2024/');
    expect(filterGroups(archive, 'en')[3]!.options.map((o) => o.label)).toEqual(['In person', 'Telephone']);
  });

  it('keeps the filters in the URL, several values per dimension, unknown ones ignored', () => {
    const state = parseFilters('?country=us&country=jp&level=minister&bogus=1&year=');
    expect(state).toEqual({ country: ['us', 'jp'], level: ['minister'] });
    expect(filtersToSearch(state)).toBe('?country=us&country=jp&level=minister');
    expect(filtersToSearch({})).toBe('');
  });

  it('matches any value within a dimension and every dimension chosen', () => {
    const facets = { year: '2024', country: ['us'], level: 'minister' as const, format: 'in-person' as const };
    expect(rowMatches(facets, {})).toBe(true);
    expect(rowMatches(facets, { country: ['jp', 'us'] })).toBe(true);
    expect(rowMatches(facets, { country: ['us'], level: ['vice-minister'] })).toBe(false);
    expect(rowMatches(facets, { year: ['2024'], format: ['in-person', 'telephone'] })).toBe(true);
  });
});
