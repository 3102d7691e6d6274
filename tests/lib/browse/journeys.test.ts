import { describe, expect, it } from 'vitest';
import { tripsView, visitsView } from '../../../src/lib/browse/journeys.ts';
import { meetingBox } from '../../../src/lib/browse/meeting.ts';
import { fixtureArchive, realArchive } from '../../support/archive.ts';

describe('the trips and visits pages (순방 · 방한)', () => {
  it('list the archive’s trips abroad by year, newest first, each with its traveller, dates and stops, in both languages', () => {
    const archive = realArchive();
    const ko = tripsView(archive, 'ko');
    expect(ko.total).toBe(2);
    expect(ko.years.map((y) => y.year)).toEqual(['2024']);
    expect(ko.years[0]!.rows.map((r) => [r.traveller.name, r.traveller.role, r.dates])).toEqual([
      ['조태열', '외교부 장관', '2024년 11월 14일 (목)'],
      ['김홍균', '외교부 제1차관', '2024년 5월 29일 (수) – 5월 31일 (금)'],
    ]);
    const en = tripsView(archive, 'en').years[0]!.rows[1]!;
    expect(en.dates).toBe('Wednesday 29 May – Friday 31 May 2024');
    expect(en.stops).toHaveLength(1);
    expect(en.stops[0]!.place).toBe('Washington, D.C., United States');
    expect(en.stops[0]!.meetings.map((m) => m.id)).toEqual([
      '2024-05-29-kr-us-kim-finer',
      '2024-05-30-kr-us-csis-roundtable',
      '2024-05-31-kr-us-vice-ministers',
    ]);
  });

  it('list visits to Korea by year and by country', () => {
    const archive = fixtureArchive();
    const view = visitsView(archive, 'en');
    expect(view.total).toBe(1);
    expect(view.years[0]!.rows[0]).toMatchObject({
      anchor: 'visit-2021-07-01-jane-doe',
      visitor: { name: 'Jane Doe', role: 'Secretary of State' },
      country: { code: 'us' },
    });
    expect(view.countries.map((c) => [c.name, c.visits.map((v) => v.anchor)])).toEqual([['United States', ['visit-2021-07-01-jane-doe']]]);
  });

  it('name a meeting’s trip or visit in its box, linking to its place on those pages', () => {
    const trip = meetingBox(realArchive(), realArchive().meeting('2024-05-30-kr-us-csis-roundtable'), 'ko').journeys;
    expect(trip).toEqual([{ kind: 'trip', label: '김홍균, 2024년 5월 29일 (수) – 5월 31일 (금)', url: '/ko/trips/#trip-2024-05-29-kim-hong-kyun' }]);
    const archive = fixtureArchive();
    expect(meetingBox(archive, archive.meeting('2021-07-01-kr-us-ministers'), 'ko').journeys).toEqual([
      { kind: 'visit', label: '제인 도 (미국), 2021년 7월 1일 (목)', url: '/ko/visits/#visit-2021-07-01-jane-doe' },
    ]);
    expect(meetingBox(archive, archive.meeting('2020-03-02-kr-us-call'), 'ko').journeys).toEqual([]);
  });
});

describe('a person’s trips and visits (인물의 순방과 방한)', () => {
  it('are listed on their page, newest first, each linking to its place on the trips or visits page', async () => {
    const { personView } = await import('../../../src/lib/browse/people.ts');
    expect(personView(realArchive(), 'kim-hong-kyun', 'en').journeys).toEqual([
      { kind: 'trip', dates: 'Wednesday 29 May – Friday 31 May 2024', places: 'Washington, D.C.', url: '/en/trips/#trip-2024-05-29-kim-hong-kyun' },
    ]);
    expect(personView(fixtureArchive(), 'jane-doe', 'ko').journeys).toEqual([
      { kind: 'visit', dates: '2021년 7월 1일 (목)', places: '서울', url: '/ko/visits/#visit-2021-07-01-jane-doe' },
    ]);
    expect(personView(realArchive(), 'mike-pompeo', 'ko').journeys).toEqual([]);
  });
});
