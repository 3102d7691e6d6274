import { describe, expect, it } from 'vitest';
import { formatDate, formatShortDate, yearOf } from '../../../src/lib/model/dates.ts';

describe('dates', () => {
  it('format a meeting date in Korean with the weekday', () => {
    expect(formatDate('2024-05-31', 'ko')).toBe('2024년 5월 31일 (금)');
    expect(formatDate('2018-06-29', 'ko')).toBe('2018년 6월 29일 (금)');
  });
  it('format a meeting date in English with the weekday', () => {
    expect(formatDate('2024-05-31', 'en')).toBe('Friday 31 May 2024');
    expect(formatDate('2024-11-14', 'en')).toBe('Thursday 14 November 2024');
  });
  it('never shift a date across time zones', () => {
    const tz = process.env.TZ;
    process.env.TZ = 'Pacific/Honolulu';
    try {
      expect(formatDate('2024-01-01', 'en')).toBe('Monday 1 January 2024');
    } finally {
      process.env.TZ = tz;
    }
  });
  it('give short forms for rows grouped by year', () => {
    expect(formatShortDate('2024-05-31', 'ko')).toBe('5월 31일');
    expect(formatShortDate('2024-05-31', 'en')).toBe('31 May');
    expect(yearOf('2024-05-31')).toBe('2024');
  });
});
