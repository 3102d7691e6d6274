import { describe, expect, it } from 'vitest';
import { Archive } from '../../../src/lib/model/archive.ts';
import { checkContentFolder } from '../../../src/lib/content/check-folder-fs.ts';
import { chartGeometry, MAX_SERIES, timelineData } from '../../../src/lib/browse/timeline.ts';
import type { MeetingData } from '../../../src/schemas/index.ts';
import { CONTENT_DIR } from '../../support/fixtures.ts';

const content = checkContentFolder(CONTENT_DIR).data;
const archive = new Archive(content);

describe('timeline of meetings (연도별 회담)', () => {
  it('counts meetings per year and counterpart, empty years included', () => {
    const data = timelineData(archive, 'ko');
    expect(data.years).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024']);
    expect(data.series.map((s) => [s.key, s.label])).toEqual([
      ['us', '미국'],
      ['jp', '일본'],
    ]);
    expect(data.counts['2024']).toEqual({ us: 4, jp: 1 });
    expect(data.counts['2020']).toEqual({ us: 0, jp: 0 });
    expect(data.totals['2018']).toBe(1);
  });

  it('keeps the busiest counterparts and sums the rest as other', () => {
    const codes = ['us', 'jp', 'pe', 'cn', 'ru', 'de', 'fr'];
    const countries = codes.map((id) => ({
      id,
      name: { ko: id, en: id.toUpperCase() },
      short: { ko: id, en: id },
      variants: { ko: [], en: [] },
      adjectives: [],
    }));
    const meetings = codes.flatMap((c, i) =>
      Array.from({ length: 7 - i }, (_, k) => ({ ...content.meetings[0]!, id: `m-${c}-${k}`, date: `20${10 + k}-01-01`, counterparts: [c] }) as MeetingData),
    );
    const data = timelineData(
      new Archive({ ...content, countries: [...content.countries.filter((c) => !codes.includes(c.id)), ...countries], meetings }),
      'en',
    );
    expect(data.series.map((s) => s.key)).toEqual(['us', 'jp', 'pe', 'cn', 'other']);
    expect(data.series).toHaveLength(MAX_SERIES);
    expect(data.counts['2010']).toEqual({ us: 1, jp: 1, pe: 1, cn: 1, other: 3 });
    expect(data.series.at(-1)!.label).toBe('Other');
  });

  it('draws bars whose heights are proportional to the counts, stacked from the axis', () => {
    const g = chartGeometry(timelineData(archive, 'en'), 720, 260);
    const bar2024 = g.bars.find((b) => b.year === '2024')!;
    const [us, jp] = bar2024.segments;
    expect([us!.count, jp!.count]).toEqual([4, 1]);
    expect(us!.height).toBeCloseTo(jp!.height * 4, 0);
    expect(us!.y + us!.height).toBeCloseTo(g.plot.top + g.plot.height, 0);
    expect(jp!.y + jp!.height).toBeCloseTo(us!.y, 0);
    expect(g.bars.find((b) => b.year === '2020')!.segments).toEqual([]);
    expect(g.ticks.map((x) => x.value)).toEqual([0, 2, 4, 6]);
  });
});
