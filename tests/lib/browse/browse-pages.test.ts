import { describe, expect, it } from 'vitest';
import { Archive } from '../../../src/lib/model/archive.ts';
import { archiveYears, yearView } from '../../../src/lib/browse/years.ts';
import { countriesList, countryView } from '../../../src/lib/browse/countries.ts';
import { peopleList, personView } from '../../../src/lib/browse/people.ts';
import { topicsList, topicView } from '../../../src/lib/browse/topics.ts';
import { officesView, officeView } from '../../../src/lib/browse/offices.ts';
import { checkContentFolder } from '../../../src/lib/content/check-folder-fs.ts';
import { CONTENT_DIR } from '../../support/fixtures.ts';

const archive = new Archive(checkContentFolder(CONTENT_DIR).data);

describe('people (인물)', () => {
  it('lists everyone in Hangul order, or in Latin order by family name', () => {
    expect(peopleList(archive, 'ko', 'ko').map((p) => p.sortedAs)).toEqual([
      '강경화',
      '김홍균',
      '마이크 폼페이오',
      '안토니 블링컨',
      '이와야 다케시',
      '조나단 파이너',
      '조태열',
      '커트 캠벨',
    ]);
    expect(peopleList(archive, 'en', 'en').map((p) => p.sortedAs)).toEqual([
      'Blinken, Antony',
      'Campbell, Kurt M.',
      'Cho, Tae-yul',
      'Finer, Jonathan',
      'Iwaya, Takeshi',
      'Kang, Kyung-wha',
      'Kim, Hong-kyun',
      'Pompeo, Mike',
    ]);
    expect(peopleList(archive, 'en', 'ko').find((p) => p.id === 'kim-hong-kyun')).toMatchObject({
      url: '/en/people/kim-hong-kyun/',
      country: 'Republic of Korea',
      meetings: 3,
    });
  });

  it('gives a person’s roles over time and every meeting they took part in, newest first', () => {
    const v = personView(archive, 'kim-hong-kyun', 'ko');
    expect(v.roles).toEqual([{ title: '외교부 제1차관', span: '2023년 12월 – ', office: '/ko/offices/kr-first-vice-foreign-minister/' }]);
    expect(v.meetings.map((m) => m.id)).toEqual(['2024-05-31-kr-us-vice-ministers', '2024-05-30-kr-us-csis-roundtable', '2024-05-29-kr-us-kim-finer']);
    expect(v.countryUrl).toBeUndefined();
    const blinken = personView(archive, 'antony-blinken', 'en');
    expect(blinken.roles).toEqual([{ title: 'Secretary of State', span: 'Jan 2021 – Jan 2025', office: '/en/offices/us-secretary-of-state/' }]);
    expect(blinken.countryUrl).toBe('/en/countries/us/');
  });
});

describe('countries (상대국)', () => {
  it('lists the counterparts with their meetings and years', () => {
    expect(countriesList(archive, 'en').map((c) => [c.id, c.meetings, c.first, c.last])).toEqual([
      ['jp', 1, '2024', '2024'],
      ['us', 5, '2018', '2024'],
    ]);
  });

  it('counts a country’s meetings by level and format, zeros included', () => {
    const us = countryView(archive, 'us', 'ko');
    expect(us.total).toBe(5);
    expect(us.byLevel.map((x) => [x.key, x.count])).toEqual([
      ['summit', 0],
      ['minister', 2],
      ['vice-minister', 3],
      ['senior-official', 0],
      ['working', 0],
    ]);
    expect(us.byFormat.map((x) => [x.key, x.count])).toEqual([
      ['in-person', 4],
      ['telephone', 1],
      ['video', 0],
    ]);
    expect(us.meetings[0]!.id).toBe('2024-11-14-kr-us-foreign-ministers');
  });
});

describe('topics and years (주제·연도)', () => {
  it('a topic lists its documents newest first and the meetings they report', () => {
    expect(topicsList(archive, 'en').find((x) => x.id === 'denuclearization')).toMatchObject({ documents: 1 });
    const v = topicView(archive, 'north-korea', 'en');
    expect(v.documents.map((d) => d.id)).toEqual([
      '2024-11-15-gyeongnamzine-lima-foreign-ministers',
      '2024-11-15-inside-story-lima-foreign-ministers',
      '2024-06-01-mofa-kr-us-vice-ministers',
      '2018-06-29-ecounion-kr-us-foreign-ministers-call',
    ]);
    // The Korean-only report is listed in its own language on the English page.
    expect(v.documents.at(-1)).toMatchObject({ titleLang: 'ko', url: '/ko/documents/2018-06-29-ecounion-kr-us-foreign-ministers-call/' });
    expect(v.meetings.length).toBe(6);
  });

  it('a year has its meetings and documents, and links to its neighbours', () => {
    expect(archiveYears(archive)).toEqual(['2024', '2018']);
    const y = yearView(archive, '2018', 'ko');
    expect([y.meetings.map((m) => m.id), y.documents.map((d) => d.id), y.previous, y.next]).toEqual([
      ['2018-06-29-kr-us-foreign-ministers-call'],
      ['2018-06-29-ecounion-kr-us-foreign-ministers-call'],
      undefined,
      '2024',
    ]);
  });
});

describe('offices and their holders (직위와 재임자)', () => {
  it('list each country’s offices, Korea first, by rank, with their current holders', () => {
    const v = officesView(archive, 'ko');
    expect(v.countries.map((c) => c.id)).toEqual(['kr', 'us', 'jp']);
    expect(v.countries[0]!.offices.map((o) => [o.id, o.holders, o.current])).toEqual([
      ['kr-foreign-minister', 2, '조태열'],
      ['kr-first-vice-foreign-minister', 1, '김홍균'],
    ]);
    // Pompeo and then Blinken: no one holds it now in the registry (Blinken left in January 2025).
    expect(v.countries[1]!.offices[0]).toMatchObject({ id: 'us-secretary-of-state', holders: 2 });
    expect(v.countries[1]!.offices[0]!.current).toBeUndefined();
  });
  it('give one office’s holders in order, with their terms and the meetings they held it at', () => {
    const v = officeView(archive, 'us-secretary-of-state', 'en');
    expect(v.name).toBe('Secretary of State');
    expect(v.holders.map((h) => [h.person, h.term])).toEqual([
      ['mike-pompeo', 'Apr 2018 – Jan 2021'],
      ['antony-blinken', 'Jan 2021 – Jan 2025'],
    ]);
    expect(v.holders[0]!.meetings.map((m) => m.id)).toEqual(['2018-06-29-kr-us-foreign-ministers-call']);
    expect(v.holders[1]!.meetings.map((m) => m.id)).toEqual(['2024-11-14-kr-us-foreign-ministers']);
    const minister = officeView(archive, 'kr-foreign-minister', 'ko');
    expect(minister.holders.map((h) => [h.name, h.term])).toEqual([
      ['강경화', '2017년 6월 – 2021년 2월'],
      ['조태열', '2024년 1월 – 재임 중'],
    ]);
    // The title the sources gave is shown only when it is not the office's name.
    expect(officeView(archive, 'us-deputy-national-security-advisor', 'ko').holders[0]!.title).toBe('미국 국가안전보장회의(NSC) 국가안보부보좌관');
  });
});
