import { describe, expect, it } from 'vitest';
import { tripSuggestion } from '../../src/ingest/trip.ts';
import { IMPORT_MESSAGES } from '../../src/ingest/messages.ts';
import { realArchive } from '../support/archive.ts';

const registry = () => {
  const { input } = realArchive();
  return { people: input.people, countries: input.countries, meetings: input.meetings, documents: input.documents };
};

// A new meeting record as the importer writes it: the First Vice Minister in Washington the day after the
// archive's three meetings there.
const record = (extra: Record<string, unknown> = {}) => ({
  id: '2024-06-01-kr-us-new',
  date: '2024-06-01',
  format: 'in-person',
  level: 'vice-minister',
  counterparts: ['us'],
  place: { city: { ko: '워싱턴 D.C.', en: 'Washington, D.C.' }, country: 'us' },
  participants: [
    { person: 'kim-hong-kyun', side: 'kr', role: { ko: '외교부 제1차관', en: 'First Vice Minister of Foreign Affairs' } },
    { person: 'kurt-campbell', side: 'us', role: { ko: '국무부 부장관', en: 'Deputy Secretary of State' } },
  ],
  ...extra,
});

describe('the trip a new meeting belongs to (새 회담의 순방)', () => {
  it('names the trip and the related ids to add, in both languages', () => {
    const others = ['2024-05-29-kr-us-kim-finer', '2024-05-30-kr-us-csis-roundtable', '2024-05-31-kr-us-vice-ministers'];
    expect(tripSuggestion(registry(), record(), IMPORT_MESSAGES.en)).toBe(
      `the meeting belongs to the trip of 김홍균 (Kim Hong-kyun) (2024-05-29 – 2024-06-01) with ${others.join(', ')}: if that is one journey, add related: [${others.join(', ')}] to the meeting record`,
    );
    expect(tripSuggestion(registry(), record(), IMPORT_MESSAGES.ko)).toContain(`related: [${others.join(', ')}]를 더하세요`);
  });

  it('says nothing for a meeting that is already related to them, one at home, or one far from any other', () => {
    const related = ['2024-05-29-kr-us-kim-finer', '2024-05-30-kr-us-csis-roundtable', '2024-05-31-kr-us-vice-ministers'];
    expect(tripSuggestion(registry(), record({ related }), IMPORT_MESSAGES.en)).toBeUndefined();
    expect(tripSuggestion(registry(), record({ place: { country: 'kr' } }), IMPORT_MESSAGES.en)).toBeUndefined();
    expect(tripSuggestion(registry(), record({ id: '2024-07-20-x', date: '2024-07-20' }), IMPORT_MESSAGES.en)).toBeUndefined();
    expect(tripSuggestion(registry(), undefined, IMPORT_MESSAGES.en)).toBeUndefined();
  });
});
