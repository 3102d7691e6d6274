import { describe, expect, it } from 'vitest';
import { documentSchema, isoDateSchema, meetingSchema, partialDateSchema, personSchema } from '../../src/schemas/index.ts';

const doc = {
  id: '2024-06-01-release',
  lang: 'en',
  title: 'Outcome',
  published: '2024-06-01',
  issuer: { ko: '외교부', en: 'Ministry of Foreign Affairs' },
  source: { kind: 'official', publisher: { ko: '외교부', en: 'Ministry of Foreign Affairs' } },
  translation: { status: 'official', from: 'ko' },
  meetings: ['2024-05-31-kr-us'],
};

describe('schemas', () => {
  it('accept a good document and fill defaults', () => {
    const parsed = documentSchema.parse(doc);
    expect(parsed.deck).toEqual([]);
    expect(parsed.topics).toEqual([]);
  });
  it('accept dates that a YAML parser turned into Date objects, as calendar dates', () => {
    expect(isoDateSchema.parse(new Date('2024-06-01T00:00:00Z'))).toBe('2024-06-01');
    expect(partialDateSchema.parse(2024)).toBe('2024');
    expect(partialDateSchema.parse('2024-01')).toBe('2024-01');
    expect(isoDateSchema.safeParse('2024-02-30').success).toBe(false);
    expect(isoDateSchema.safeParse('1 June 2024').success).toBe(false);
  });
  it('give one message for a date that is not written as one (어제, yesterday), and one for a date that does not exist', () => {
    const messages = (schema: typeof isoDateSchema | typeof partialDateSchema, v: unknown) => schema.safeParse(v).error?.issues.map((i) => i.message);
    expect(messages(isoDateSchema, 'yesterday')).toEqual(['write the date as YYYY-MM-DD, e.g. 2024-05-31']);
    expect(messages(isoDateSchema, '어제')).toEqual(['write the date as YYYY-MM-DD, e.g. 2024-05-31']);
    expect(messages(isoDateSchema, '2024-02-30')).toEqual(['is not a real calendar date']);
    expect(messages(partialDateSchema, 'last spring')).toEqual(['write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-01']);
    expect(messages(partialDateSchema, '2024-02-30')).toEqual(['is not a real calendar date']);
  });
  it('require a translation to name its original language, and an original not to', () => {
    const noFrom = documentSchema.safeParse({ ...doc, translation: { status: 'machine' } });
    expect(noFrom.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['translation.from', 'a machine translation must name the language it was translated from (from: ko or from: en)'],
    ]);
    expect(documentSchema.safeParse({ ...doc, translation: { status: 'original', from: 'ko' } }).success).toBe(false);
  });
  it('reject ids and country codes that are not lower case', () => {
    expect(documentSchema.safeParse({ ...doc, id: 'Not An Id' }).success).toBe(false);
    const m = meetingSchema.safeParse({
      id: 'm',
      date: '2024-05-31',
      format: 'telephone',
      level: 'minister',
      counterparts: ['US'],
      participants: [{ person: 'p', side: 'kr', role: { ko: '장관', en: 'Minister' } }],
    });
    expect(m.error?.issues[0]?.message).toBe('use a lower-case ISO 3166-1 alpha-2 code, e.g. "us", "jp"');
  });
  it('require a place for an in-person meeting, not for a call', () => {
    const base = {
      id: 'm',
      date: '2024-05-31',
      level: 'minister',
      counterparts: ['us'],
      participants: [{ person: 'p', side: 'kr', role: { ko: '장관', en: 'Minister' } }],
    };
    expect(meetingSchema.safeParse({ ...base, format: 'telephone' }).success).toBe(true);
    expect(meetingSchema.safeParse({ ...base, format: 'in-person' }).error?.issues[0]?.path).toEqual(['place']);
  });
  it('keep every name variant of a person', () => {
    const p = personSchema.parse({ id: 'mike-pompeo', name: { ko: '마이크 폼페이오', en: 'Mike Pompeo' }, variants: { ko: ['폼페오'] }, country: 'us' });
    expect(p.variants).toEqual({ ko: ['폼페오'], en: [] });
  });
});
