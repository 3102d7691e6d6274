import { describe, expect, it } from 'vitest';
import { meetingIndex, meetingRecords, meetingTitle, whenLabel } from '../../../src/lib/model/meetings.ts';
import { meetingsOpenData } from '../../../src/lib/publish/open-data.ts';
import { fixtureArchive, realArchive } from '../../support/archive.ts';

describe('meeting titles', () => {
  const archive = realArchive();
  const title = (id: string, lang: 'ko' | 'en') => meetingTitle(archive, archive.meeting(id), lang);

  it('are built from the meeting data in each language', () => {
    expect(title('2024-05-31-kr-us-vice-ministers', 'ko')).toBe('한-미 외교차관회담');
    expect(title('2024-05-31-kr-us-vice-ministers', 'en')).toBe("ROK-U.S. Vice Foreign Ministers' Meeting");
    expect(title('2024-11-14-kr-jp-foreign-ministers', 'ko')).toBe('한-일 외교장관회담');
    expect(title('2024-11-14-kr-jp-foreign-ministers', 'en')).toBe("ROK-Japan Foreign Ministers' Meeting");
    expect(title('2018-06-29-kr-us-foreign-ministers-call', 'ko')).toBe('한-미 외교장관 전화통화');
    expect(title('2018-06-29-kr-us-foreign-ministers-call', 'en')).toBe("ROK-U.S. Foreign Ministers' Telephone Call");
  });
  it('name the people of a call on an official of another rank', () => {
    expect(title('2024-05-29-kr-us-kim-finer', 'ko')).toBe('외교부 제1차관 김홍균, 美 NSC 국가안보부보좌관 조나단 파이너 면담');
    expect(title('2024-05-29-kr-us-kim-finer', 'en')).toBe(
      "First Vice Minister of Foreign Affairs Kim Hong-kyun's Meeting with Deputy National Security Advisor Jonathan Finer",
    );
  });
  it('say when, with part of day and duration the sources give', () => {
    expect(whenLabel(archive.meeting('2018-06-29-kr-us-foreign-ministers-call'), 'ko')).toBe('2018년 6월 29일 (금) 오전 33분간');
    expect(whenLabel(archive.meeting('2018-06-29-kr-us-foreign-ministers-call'), 'en')).toBe('Friday 29 June 2018 (morning) — 33 minutes');
  });
});

describe('meeting index', () => {
  it('groups meetings by year, newest year and newest meeting first', () => {
    const index = meetingIndex(realArchive(), 'ko');
    expect(index.map((y) => y.year)).toEqual(['2024', '2018']);
    expect(index[0]!.label).toBe('2024년');
    expect(index[0]!.rows.map((r) => r.date)).toEqual(['2024-11-14', '2024-11-14', '2024-05-31', '2024-05-30', '2024-05-29']);
  });

  it('shows each row’s title, counterparts, level, format, place and documents in the page language', () => {
    const en = meetingIndex(realArchive(), 'en');
    const row = en[0]!.rows.find((r) => r.id === '2024-05-31-kr-us-vice-ministers')!;
    expect(row).toMatchObject({
      url: '/en/meetings/2024-05-31-kr-us-vice-ministers/',
      title: "ROK-U.S. Vice Foreign Ministers' Meeting",
      dateLabel: '31 May',
      counterparts: ['United States'],
      level: 'Vice-ministerial',
      format: 'In person',
      place: 'U.S. Department of State, Washington, D.C., United States',
    });
    expect(row.documents).toEqual([
      {
        title: 'Outcome of ROK-U.S. Vice Foreign Ministers’ Meeting',
        titleLang: 'en',
        kind: 'Official release',
        versions: [
          { lang: 'en', langName: 'English', url: '/en/documents/2024-06-01-mofa-kr-us-vice-ministers/', translation: 'Official translation' },
          { lang: 'ko', langName: 'Korean', url: '/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/', translation: 'Original' },
        ],
      },
    ]);
  });

  it('lists official releases before news reports and blog posts, and shares one report between two meetings', () => {
    const ko = meetingIndex(realArchive(), 'ko');
    const lima = ko[0]!.rows.filter((r) => r.date === '2024-11-14');
    expect(lima).toHaveLength(2);
    for (const row of lima) expect(row.documents.map((d) => d.kind)).toEqual(['언론 보도', '블로그 글']);
  });

  it('derives from any content folder', () => {
    const index = meetingIndex(fixtureArchive(), 'en');
    expect(index.map((y) => [y.year, y.rows.map((r) => r.title)])).toEqual([
      ['2021', ["ROK-U.S. Foreign Ministers' Meeting"]],
      ['2020', ["ROK-U.S. Foreign Ministers' Telephone Call"]],
    ]);
  });
});

describe('open data', () => {
  it('holds every meeting with the fields the README documents, from the same records as the index', () => {
    const archive = realArchive();
    const data = meetingsOpenData(archive, '/archive/');
    expect(data.count).toBe(6);
    expect(data.meetings.map((m) => m.id)).toEqual(meetingRecords(archive).map((m) => m.id));
    const vm = data.meetings.find((m) => m.id === '2024-05-31-kr-us-vice-ministers')!;
    expect(vm).toMatchObject({
      date: '2024-05-31',
      format: 'in-person',
      level: 'vice-minister',
      counterparts: ['us'],
      place: { country: 'us', city: { ko: '워싱턴 D.C.', en: 'Washington, D.C.' } },
      occasion: null,
      participants: [
        {
          person: 'kim-hong-kyun',
          names: { ko: '김홍균', en: 'Kim Hong-kyun' },
          side: 'kr',
          role: { ko: '외교부 제1차관', en: 'First Vice Minister of Foreign Affairs' },
        },
        {
          person: 'kurt-campbell',
          names: { ko: '커트 캠벨', en: 'Kurt M. Campbell' },
          side: 'us',
          role: { ko: '국무부 부장관', en: 'Deputy Secretary of State' },
        },
      ],
    });
    expect(vm.documents).toEqual([
      {
        id: '2024-06-01-mofa-kr-us-vice-ministers',
        lang: 'ko',
        title: '한미 외교차관회담(5.31) 결과',
        url: '/archive/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/',
        kind: 'official',
        translation: 'original',
        published: '2024-06-01',
      },
      {
        id: '2024-06-01-mofa-kr-us-vice-ministers',
        lang: 'en',
        title: 'Outcome of ROK-U.S. Vice Foreign Ministers’ Meeting',
        url: '/archive/en/documents/2024-06-01-mofa-kr-us-vice-ministers/',
        kind: 'official',
        translation: 'official',
        published: '2024-06-01',
      },
    ]);
    const lima = data.meetings.find((m) => m.id === '2024-11-14-kr-jp-foreign-ministers')!;
    expect(lima.occasion).toEqual({ ko: '아시아태평양경제협력체(APEC) 각료회의', en: 'APEC Ministerial Meeting' });
    expect(lima.place?.country).toBe('pe');
  });
});

describe('adjacent meetings', () => {
  it('give the previous and next meeting in date order', () => {
    const archive = realArchive();
    expect(archive.adjacent('2024-05-30-kr-us-csis-roundtable').previous?.id).toBe('2024-05-29-kr-us-kim-finer');
    expect(archive.adjacent('2024-05-30-kr-us-csis-roundtable').next?.id).toBe('2024-05-31-kr-us-vice-ministers');
    expect(archive.adjacent('2018-06-29-kr-us-foreign-ministers-call').previous).toBeUndefined();
  });
});
