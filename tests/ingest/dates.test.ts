import { describe, expect, it } from 'vitest';
import { durationMinutes, findStamp, meetingDates, monthDays, publishedLine, resolveDay, resolveYear } from '../../src/ingest/dates.ts';

describe('publication dates in every form the sources print', () => {
  it.each([
    ['2024.06.01 외교부', { date: '2024-06-01', label: 'bare', rest: '외교부' }],
    ['문홍철 기자 | 기사입력 2024/11/15 [20:35]', { date: '2024-11-15', time: '20:35', label: 'published', rest: '문홍철 기자 |' }],
    ['등록 2018-06-29 16:22:19', { date: '2018-06-29', time: '16:22', label: 'published', rest: '' }],
    ['Date 2024-03-18', { date: '2024-03-18', label: 'published', rest: '' }],
    ['입력 2024. 6. 1. 오전', { date: '2024-06-01', label: 'published', rest: '오전' }],
    ['Posted on June 1, 2024', { date: '2024-06-01', label: 'published', rest: '' }],
    ['Last Updated : 2024-11-16', { date: '2024-11-16', label: 'modified', rest: '' }],
    ['2024년 6월 1일', { date: '2024-06-01', label: 'bare', rest: '' }],
  ])('%s', (line, want) => {
    expect(publishedLine(line)).toEqual(want);
  });

  it('refuses impossible dates and running text', () => {
    expect(findStamp('2021.02.30')).toBeUndefined();
    expect(publishedLine('2021-02-30')).toBeUndefined();
    expect(publishedLine('양국은 2024.06.01 회담을 갖고 여러 분야에서 협력을 강화하기로 했다.')).toBeUndefined();
    expect(publishedLine('The ministers met on June 1, 2024 in Seoul and agreed to cooperate closely.')).toBeUndefined();
  });

  it('reads English day-month-year too', () => {
    expect(findStamp('15 November 2024')?.date).toBe('2024-11-15');
  });
});

describe('meeting dates without a year take it from the publication date', () => {
  it('5.31.(금) 오전 → the Friday before publication, in the morning', () => {
    expect(meetingDates('김홍균 외교부 제1차관은 5.31.(금) 오전 미 국무부에서', '2024-06-01')[0]).toEqual({
      date: '2024-05-31',
      partOfDay: 'morning',
      text: '5.31.(금)',
      strength: 3,
    });
  });

  it('지난 14일 and 29일 are days of the month of publication (or the one before)', () => {
    expect(meetingDates('외교부는 조태열 장관이 지난 14일 페루 리마에서', '2024-11-15')[0]?.date).toBe('2024-11-14');
    expect(meetingDates('강경화 외교장관은 29일 마이크 폼페이오', '2018-06-29')[0]?.date).toBe('2018-06-29');
    // The 30th printed on 2 March: February has no 30th, so there is no such day.
    expect(resolveDay(30, '2024-03-02')).toBeUndefined();
    expect(resolveDay(28, '2024-03-02')).toBe('2024-02-28');
    expect(resolveDay(31, '2025-01-03')).toBe('2024-12-31');
  });

  it('on the morning of May 31 (Friday), on June 14', () => {
    expect(meetingDates('held a meeting on the morning of May 31 (Friday).', '2024-06-01')[0]).toEqual({
      date: '2024-05-31',
      partOfDay: 'morning',
      text: 'May 31 (Friday)',
      strength: 3,
    });
    expect(meetingDates('The two ministers met on June 14.', '2024-06-15')[0]?.date).toBe('2024-06-14');
    // "may" the verb is no month.
    expect(meetingDates('They may 5 times meet.', '2024-06-15')).toEqual([]);
  });

  it('a date in late December reported in January belongs to the year before; the weekday decides when it can', () => {
    expect(resolveYear(12, 30, '2025-01-02')).toBe('2024-12-30');
    expect(resolveYear(1, 3, '2024-12-28')).toBe('2025-01-03');
    expect(resolveYear(5, 31, '2024-06-01', 5)).toBe('2024-05-31');
    expect(resolveYear(5, 31, undefined)).toBeUndefined();
  });

  it('months and days for matching when no year is known', () => {
    expect(monthDays('5.31.(금) 오전, 5월 29일, on May 30 (Thursday)')).toEqual(['05-31', '05-29', '05-30']);
  });
});

describe('how long a meeting lasted', () => {
  it.each([
    ['이날 오전 33분간 진행된 통화에서', 33],
    ['약 1시간 20분 동안 회담을 갖고', 80],
    ['The call lasted for 40 minutes.', 40],
    ['a 30-minute phone call', 30],
    ['held talks for an hour', 60],
    ['인간 기간 동안', undefined],
  ])('%s → %s', (text, minutes) => {
    expect(durationMinutes(text)).toBe(minutes);
  });
});
