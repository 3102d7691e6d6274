import { describe, expect, it } from 'vitest';
import { meetingSchema, type MeetingData } from '../../../src/schemas/index.ts';
import { deriveTrips, deriveVisits, journeyOfMeeting } from '../../../src/lib/model/trips.ts';

// A meeting of the Korean minister (`kr`) with a counterpart, where `at` says: a country code (with a city), or
// `phone`.
function meeting(id: string, date: string, at: string, extra: Partial<MeetingData> & { kr?: string; other?: [string, string] } = {}): MeetingData {
  const [country, city] = at.split(':');
  const [otherPerson, otherSide] = extra.other ?? ['jane-doe', 'us'];
  return meetingSchema.parse({
    id,
    date,
    format: at === 'phone' ? 'telephone' : 'in-person',
    level: 'minister',
    counterparts: [otherSide],
    ...(at === 'phone' ? {} : { place: { country, ...(city ? { city: { ko: city, en: city } } : {}) } }),
    participants: [
      { person: extra.kr ?? 'hong-gil-dong', side: 'kr', role: { ko: '외교부 장관', en: 'Minister of Foreign Affairs' } },
      { person: otherPerson, side: otherSide, role: { ko: '장관', en: 'Minister' } },
    ],
    ...Object.fromEntries(Object.entries(extra).filter(([k]) => !['kr', 'other'].includes(k))),
  });
}

describe('trips abroad (순방)', () => {
  it('groups one journey’s meetings into stops in order, across a month boundary', () => {
    const trips = deriveTrips([
      meeting('c', '2024-06-02', 'ca:Ottawa'),
      meeting('a', '2024-05-30', 'us:Washington'),
      meeting('b', '2024-05-31', 'us:Washington', { occasion: { ko: '회의', en: 'Conference' } }),
    ]);
    expect(trips).toEqual([
      {
        id: '2024-05-30-hong-gil-dong',
        traveller: 'hong-gil-dong',
        start: '2024-05-30',
        end: '2024-06-02',
        meetings: ['a', 'b', 'c'],
        stops: [
          {
            country: 'us',
            city: { ko: 'Washington', en: 'Washington' },
            occasion: { ko: '회의', en: 'Conference' },
            from: '2024-05-30',
            to: '2024-05-31',
            meetings: ['a', 'b'],
          },
          { country: 'ca', city: { ko: 'Ottawa', en: 'Ottawa' }, from: '2024-06-02', to: '2024-06-02', meetings: ['c'] },
        ],
      },
    ]);
  });

  it('makes two trips of one week when the traveller meets someone at home between them', () => {
    const trips = deriveTrips([
      meeting('tokyo', '2024-03-04', 'jp:Tokyo'),
      meeting('seoul', '2024-03-06', 'kr:Seoul'),
      meeting('beijing', '2024-03-08', 'cn:Beijing'),
    ]);
    expect(trips.map((t) => t.meetings)).toEqual([['tokyo'], ['beijing']]);
  });

  it('splits at a longer gap unless the meetings are related, and keeps phone calls and meetings in Korea out', () => {
    const far = deriveTrips([meeting('a', '2024-03-01', 'fr:Paris'), meeting('call', '2024-03-03', 'phone'), meeting('b', '2024-03-08', 'fr:Paris')]);
    expect(far.map((t) => t.meetings)).toEqual([['a'], ['b']]);
    const related = deriveTrips([meeting('a', '2024-03-01', 'fr:Paris', { related: ['b'] }), meeting('b', '2024-03-08', 'de:Berlin')]);
    expect(related.map((t) => t.meetings)).toEqual([['a', 'b']]);
    expect(deriveTrips([meeting('home', '2024-03-01', 'kr:Seoul')])).toEqual([]);
  });

  it('keeps each traveller’s journeys apart, and finds the trip of a meeting', () => {
    const trips = deriveTrips([meeting('m1', '2024-03-01', 'jp:Tokyo'), meeting('v1', '2024-03-01', 'jp:Tokyo', { kr: 'kim-vice' })]);
    expect(trips.map((t) => [t.traveller, t.meetings])).toEqual([
      ['hong-gil-dong', ['m1']],
      ['kim-vice', ['v1']],
    ]);
    expect(journeyOfMeeting(trips).get('v1')?.id).toBe('2024-03-01-kim-vice');
  });
});

describe('visits to Korea (방한)', () => {
  it('groups a foreign principal’s meetings in Korea, with the side they represented', () => {
    const visits = deriveVisits([
      meeting('a', '2024-04-10', 'kr:Seoul', { other: ['yoko', 'jp'] }),
      meeting('b', '2024-04-11', 'kr:Busan', { other: ['yoko', 'jp'], kr: 'kim-vice' }),
      meeting('abroad', '2024-04-20', 'jp:Tokyo', { other: ['yoko', 'jp'] }),
      meeting('c', '2024-04-25', 'kr:Seoul', { other: ['yoko', 'jp'] }),
    ]);
    expect(visits.map((v) => [v.id, v.visitor, v.country, v.start, v.end, v.meetings])).toEqual([
      ['2024-04-10-yoko', 'yoko', 'jp', '2024-04-10', '2024-04-11', ['a', 'b']],
      ['2024-04-25-yoko', 'yoko', 'jp', '2024-04-25', '2024-04-25', ['c']],
    ]);
  });
});
