import { describe, expect, it } from 'vitest';
import { newParticipants } from '../../src/ingest/people.ts';
import { isKoreanName, romanizeKoreanName } from '../../src/ingest/romanize.ts';
import { checkContentFolder } from '../../src/lib/content/check-folder-fs.ts';
import { CONTENT_DIR } from '../support/fixtures.ts';

const { data } = checkContentFolder(CONTENT_DIR);
const found = (text: string, lang: 'ko' | 'en', counterparts: string[], koreanKnown = false) =>
  newParticipants(text, lang, data, { counterparts, level: 'minister', koreanKnown }).map((n) => [n.record.id, n.record.name, n.side, n.role]);

describe('participants the registry lacks (새 참석자)', () => {
  it('reads the ministry’s English: the Korean minister unqualified, the counterpart with “of Denmark”', () => {
    expect(
      found('Minister of Foreign Affairs Park Jin had a telephone conversation with Minister for Foreign Affairs Jeppe Kofod of Denmark on November 3.', 'en', [
        'dk',
      ]),
    ).toEqual([
      ['park-jin', { ko: 'Park Jin', en: 'Park Jin' }, 'kr', { ko: '외교부 장관', en: 'Minister of Foreign Affairs' }],
      ['jeppe-kofod', { ko: 'Jeppe Kofod', en: 'Jeppe Kofod' }, 'dk', { ko: '덴마크 외교장관', en: 'Minister for Foreign Affairs of Denmark' }],
    ]);
  });
  it('reads news English: an adjective, “his … counterpart”, names with particles, the Secretary of State', () => {
    expect(
      found('Foreign Minister Chung Eui-yong met with his Saudi Arabian counterpart, Prince Faisal bin Farhan Al Saud, in New York.', 'en', ['sa']).map((x) => [
        x[0],
        x[2],
      ]),
    ).toEqual([
      ['chung-eui-yong', 'kr'],
      ['prince-faisal-bin-farhan-al-saud', 'sa'],
    ]);
    expect(found('Danish Foreign Minister Lars Rasmussen arrived.', 'en', ['dk'], true).map((x) => [x[0], x[2], x[3]])).toEqual([
      ['lars-rasmussen', 'dk', { ko: '덴마크 외교장관', en: 'Foreign Minister of Denmark' }],
    ]);
    expect(
      found('First Vice Foreign Minister Kim Hong-kyun met Deputy Secretary of State Richard Verma.', 'en', ['us']).map((x) => [x[0], x[2], x[3]]),
    ).toEqual([['richard-verma', 'us', { ko: '미국 국무부 부장관', en: 'Deputy Secretary of State' }]]);
  });
  it('reads Korean: the romanized name in brackets with the country and title, and the Korean minister by name', () => {
    expect(found('박진 외교부 장관은 11.3.(목) 오후 예페 코포드(Jeppe Kofod) 덴마크 외교장관과 전화통화를 가졌다.', 'ko', ['dk'])).toEqual([
      ['jeppe-kofod', { ko: '예페 코포드', en: 'Jeppe Kofod' }, 'dk', { ko: '덴마크 외교장관', en: 'Minister of Foreign Affairs of Denmark' }],
      ['park-jin', { ko: '박진', en: 'Park Jin' }, 'kr', { ko: '외교부 장관', en: 'Minister of Foreign Affairs' }],
    ]);
    expect(found('한편 외교부 장관은 이날 회견했다.', 'ko', ['dk'])).toEqual([]);
  });
  it('never writes a record for someone the registry holds, or a name without a title', () => {
    expect(found('조태열 외교부 장관은 블링컨(Antony Blinken) 미 국무장관과 회담했다.', 'ko', ['us'], true)).toEqual([]);
    expect(found('The talks followed a speech by Jeppe Kofod in Copenhagen.', 'en', ['dk'])).toEqual([]);
  });
});

describe('Korean names in Latin script (로마자 표기)', () => {
  it('writes family names as customary and given names by the Revised Romanization, hyphenated', () => {
    expect(['박진', '조태열', '정의용', '강경화', '남궁민', '이 도훈'].map(romanizeKoreanName)).toEqual([
      'Park Jin',
      'Cho Tae-yeol',
      'Chung Ui-yong',
      'Kang Gyeong-hwa',
      'Namgung Min',
      'Lee Do-hun',
    ]);
  });
  it('tells a name from a word that begins like one', () => {
    expect(['박진', '김홍균', '한편', '이날', '외교부', '가나다라마'].map(isKoreanName)).toEqual([true, true, false, false, false, false]);
  });
});
