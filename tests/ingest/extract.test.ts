import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/lib/content/check-folder-fs.ts';
import { CountryFinder } from '../../src/ingest/countries.ts';
import { extract, roleAt, unknownPeople, type Registry } from '../../src/ingest/extract.ts';
import { findPairing } from '../../src/ingest/entries.ts';
import { textLines } from '../../src/ingest/lines.ts';
import { parsePage } from '../../src/ingest/parse.ts';
import { knownPublisher } from '../../src/ingest/publishers.ts';
import { CONTENT_DIR } from '../support/fixtures.ts';

const { data } = checkContentFolder(CONTENT_DIR);
const registries: Registry = { people: data.people, countries: data.countries, meetings: [], documents: [] };
const archive: Registry = { people: data.people, countries: data.countries, meetings: data.meetings, documents: data.documents };

const registriesWith = (): Registry => ({ people: data.people, countries: data.countries, meetings: data.meetings, documents: data.documents });
const facts = (page: string, registry = registries) => {
  const parts = parsePage(textLines(page)).parts;
  return extract(parts[0]!, registry, { page });
};

describe('counterparts from the title, in both scripts', () => {
  it.each([
    ['한미 외교차관회담(5.31) 결과', ['us']],
    ['한미일 외교장관회의 개최', ['us', 'jp']],
    ['한-일 정상 통화', ['jp']],
    ['한·미 외교장관 회담', ['us']],
    ['Outcome of ROK-U.S. Vice Foreign Ministers’ Meeting', ['us']],
    ['South Korea-Japan Foreign Ministers’ Meeting', ['jp']],
    ['한국 외교장관, 미국 방문', []],
    ['한미동맹 70주년', []],
    ['한-독 외교장관회담 결과', ['de']],
    ['한-독일 차관 정책협의회 개최 결과', ['de']],
    ['한·인니 외교장관회담', ['id']],
    ['한-아세안 외교장관회의 계기 한-인니 외교장관회담 결과', ['id']],
    ['한-튀르키예 외교장관회담 결과', ['tr']],
    ['박진 장관, 덴마크 외교장관과 회담…"녹색동맹 강화"', ['dk']],
    ['윤병세 외교, 美틸러슨 국무장관과 첫 통화', ['us']],
    ['외교차관, 일본 외무차관과 도쿄서 회담', ['jp']],
    ['First-ever ROK-Germany Foreign Ministerial Strategic Dialogue Takes Place', ['de']],
    ['Outcome of Telephone Conversation between ROK and Danish Foreign Ministers', ['dk']],
    ['Foreign Minister Meets with his German Counterpart', ['de']],
    ['Foreign Ministers of S. Korea, Japan Hold Talks', ['jp']],
    ['Top S. Korean, Mexican diplomats hold phone talks on trade pact', ['mx']],
    ['Seoul, Washington top diplomats to hold talks in Germany', ['us']],
    ['Second Vice Foreign Minister Holds Phone Talks with Deputy Foreign Minister of Poland', ['pl']],
    ["Denmark's Foreign Minister Visits Seoul", ['dk']],
  ])('%s → %s', (title, want) => {
    expect(new CountryFinder(data.countries).inTitle(title)).toEqual(want);
  });

  it('in a lead, only next to a title of office, never the place of the meeting', () => {
    const finder = new CountryFinder(data.countries);
    expect(finder.inLead('박진 외교부 장관은 8.1.(화) 오전 미국 워싱턴에서 토니 블링컨 미국 국무장관과 회담을 가졌다.')).toEqual(['us']);
    expect(finder.inLead('Foreign Minister Yun Byung-se met with his German counterpart Frank-Walter Steinmeier in Germany on February 6.')).toEqual(['de']);
    expect(finder.inLead('조태열 장관은 인도적 지원과 수단 마련에 대해 말했다.')).toEqual([]);
  });
});

describe('the meeting a page reports', () => {
  it('a Korean phone call: date, part of day, duration, format, level, participants through any name form', () => {
    const x = facts(
      '한미 외교장관 전화통화\n\n등록 2018-06-29 16:22:19\n\n강경화 외교장관은 29일 마이크 폼페오 미 국무장관과 전화통화를 가졌다.\n\n강 장관은 이날 오전 33분간 진행된 통화에서 최근 상황을 공유했다.',
    );
    expect(x.meeting).toMatchObject({
      date: '2018-06-29',
      partOfDay: 'morning',
      durationMinutes: 33,
      format: 'telephone',
      level: 'minister',
      counterparts: ['us'],
    });
    expect(x.meeting.participants.map((p) => p.person)).toEqual(['kang-kyung-wha', 'mike-pompeo']);
    expect(x.meeting.participants[1]!.role).toEqual({ ko: '미국 국무장관', en: 'Secretary of State' });
  });

  it('an English in-person meeting: place from the visit, level from the title, video and call-on told apart', () => {
    const x = facts(
      'Outcome of ROK-U.S. Vice Foreign Ministers’ Meeting\n\nDate 2024-06-01\n\n1. During his visit to the United States, Vice Minister of Foreign Affairs Kim Hong Kyun held a meeting with U.S. Deputy Secretary of State Kurt M. Campbell on the morning of May 31 (Friday).',
    );
    expect(x.meeting).toMatchObject({
      date: '2024-05-31',
      partOfDay: 'morning',
      format: 'in-person',
      level: 'vice-minister',
      counterparts: ['us'],
      place: { country: 'us' },
    });
    expect(x.meeting.participants.map((p) => [p.person, p.side])).toEqual([
      ['kim-hong-kyun', 'kr'],
      ['kurt-campbell', 'us'],
    ]);
    expect(facts('한일 외교장관 화상회담\n\n2024.03.02 외교부\n\n조태열 장관은 1일 오후 일본 외무대신과 화상회담을 가졌다.').meeting.format).toBe('video');
    expect(
      facts(
        'Minister calls on U.S. Secretary of State\n\nDate 2024-03-02\n\nMinister Cho Tae-yul called on Secretary of State Antony Blinken on March 1 in Washington.',
      ).meeting.kind,
    ).toBe('call-on');
  });

  it('keeps a second meeting the lead mentions out of the first, and says so', () => {
    const x = facts(
      '한미 외교장관회담 개최\n\n2024.11.15 외교부\n\n조태열 장관은 지난 14일 페루 리마에서 블링컨 국무장관, 이와야 다케시 외무대신과 각각 회담을 가졌다.',
    );
    expect(x.meeting.participants.map((p) => p.person)).toEqual(['cho-tae-yul', 'antony-blinken']);
    expect(x.meeting.place).toEqual({ country: 'pe', city: { ko: '리마', en: 'Lima' } });
    expect(x.warnings.join('\n')).toMatch(/also reports a meeting with jp \(iwaya-takeshi\)/);
  });

  it('roles come from the registry for the meeting date', () => {
    const kim = data.people.find((p) => p.id === 'kim-hong-kyun')!;
    expect(roleAt(kim, '2024-05-31')?.en).toBe('First Vice Minister of Foreign Affairs');
  });
});

describe('names the registry lacks become suggestions, never records', () => {
  it('a Korean name printed with its romanization, and an English name after a title', () => {
    const s = unknownPeople(
      '홍길동 외교부 차관은 토마스 뮐러(Thomas Müller) 독일 외교차관과 만났다.\n\nVice Minister Hong met Ambassador Jane Doe of Canada.',
      registries,
    );
    expect(s.map((x) => x.name)).toEqual([{ ko: '토마스 뮐러', en: 'Thomas Müller' }, { en: 'Jane Doe' }]);
    expect(s[0]!.record.id).toBe('thomas-muller');
  });

  it('knows every recorded form, acronyms are not people', () => {
    expect(unknownPeople('커트 캠벨(Kurt M. Campbell) 국무부 부장관과 핵협의그룹(NCG)', registries)).toEqual([]);
    expect(unknownPeople('Minister Cho Tae-yeol met Secretary of State Tony Blinken.', registries)).toEqual([]);
  });
});

describe('publishers and provenance', () => {
  it('knows the ministry and the portal that republishes it, and learns others from the archive', () => {
    expect(knownPublisher('외교부', [])).toEqual({ ko: '외교부', en: 'Ministry of Foreign Affairs' });
    expect(knownPublisher('“이 자료는 외교부의 보도자료를 전재하여 제공함을 알려드립니다.”', [], 'republisher')?.en).toBe('Korea Policy Briefing (korea.kr)');
    expect(knownPublisher('사건의내막', [])).toBeNull();
    expect(knownPublisher('사건의내막', data.documents)).toEqual({ ko: '사건의내막', en: 'Inside Story' });
  });

  it('tells an official release, a news report and a blog post apart', () => {
    expect(facts('한미 외교차관회담 결과\n\n2024.06.01 외교부\n\n김홍균 차관은 5.31.(금) 캠벨 부장관과 회담을 가졌다.  끝.').source.kind).toBe('official');
    expect(
      facts('한미 외교장관 통화\n\n신상미 기자\n\n등록 2018-06-29 16:22:19\n\n[일간환경연합 신상미 기자]강경화 외교장관은 29일 폼페이오 장관과 통화했다.')
        .source,
    ).toMatchObject({ kind: 'news', author: '신상미', publisherAsPrinted: '일간환경연합' });
    expect(
      facts(
        '한미 외교장관회담 이야기\n\n지난 14일 조태열 장관과 블링컨 장관이 회담했습니다.\n\n한미 외교장관회담 이야기 | 어느블로그 : https://blog.example.com/1',
      ).source,
    ).toMatchObject({ kind: 'blog', url: 'https://blog.example.com/1' });
  });
});

describe('pairing an English release with its Korean version in the archive', () => {
  it('matches the meeting by month and day, counterparts and participants when the page has no year', () => {
    // The archive without the English version of the release.
    const archive: Registry = {
      ...registriesWith(),
      documents: data.documents.filter((d) => !(d.id === '2024-06-01-mofa-kr-us-vice-ministers' && d.lang === 'en')),
    };
    const x = facts(
      'Outcome of ROK-U.S. Vice Foreign Ministers’ Meeting\n\n1. Vice Minister Kim Hong Kyun held a meeting with Deputy Secretary of State Kurt M. Campbell on the morning of May 31 (Friday).  /END/',
      archive,
    );
    expect(x.published).toBeNull();
    const pairing = findPairing(x, archive);
    expect(pairing?.id).toBe('2024-06-01-mofa-kr-us-vice-ministers');
    expect(pairing?.lang).toBe('ko');
    expect(pairing?.reasons.join('; ')).toMatch(/05-31.*us.*kim-hong-kyun, kurt-campbell/);
  });

  it('does not pair a document with a language version the archive already has', () => {
    const x = facts('한미 외교차관회담(5.31) 결과\n\n2024.06.01 외교부\n\n김홍균 제1차관은 5.31.(금) 커트 캠벨 부장관과 회담을 가졌다.', archive);
    expect(findPairing(x, archive)).toBeUndefined();
  });
});
