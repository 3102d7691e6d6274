/**
 * Saved pages for timing a folder import: the shapes of the five seeds (a ministry release republished on
 * korea.kr, its English version, a news report with a machine translation after it, a blog post, a news report
 * of a phone call), each with its site chrome, filled from a registry's people. Deterministic from a seed;
 * every page reports a meeting on its own day, so no two pages make the same entry.
 */
import type { PersonData } from '../../schemas/index.ts';
import { between, pick, prng, type Rng } from './vocabulary.ts';

export interface GeneratedPage {
  name: string;
  text: string;
}

const WEEKDAYS_KO = '일월화수목금토';
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OUTLETS = ['한빛일보', '새누리신문', '정책저널', '동해뉴스', '서울외교신문'];
const BLOGS = ['외교이야기', '국제정세노트', '세계읽기'];
const SENTENCES_KO = [
  '양측은 한반도 평화와 안정을 위해 긴밀히 협력해 나가기로 했다.',
  '양측은 공급망, 경제안보·첨단기술 등 다양한 분야에서 협력을 확대하기로 했다.',
  '양측은 지역 및 글로벌 정세에 대해서도 깊이 있는 의견을 교환했다.',
  '양측은 고위급 교류를 지속해 나가기로 했다.',
];
const SENTENCES_EN = [
  'The two sides agreed to work closely together for peace and stability on the Korean Peninsula.',
  'They agreed to expand cooperation in supply chains, economic security and advanced technologies.',
  'They also exchanged in-depth views on regional and global affairs.',
  'They agreed to continue high-level exchanges.',
];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `n` pages counting back from 2025-12-31, one meeting day each — except that each English release reports
 * the meeting of the Korean release before it, as its official translation (imported with --pair).
 */
export function generatePages(n: number, seed: number, people: readonly PersonData[]): GeneratedPage[] {
  const rng = prng(seed);
  const home = people.filter((p) => p.country === 'kr' && p.roles.length);
  const abroad = people.filter((p) => p.country !== 'kr' && p.roles.length);
  if (!home.length || !abroad.length) throw new Error('the registry needs people of Korea and of another country, with roles');
  const pages: GeneratedPage[] = [];
  let pair: [PersonData, PersonData] = [home[0]!, abroad[0]!];
  for (let i = 0; i < n; i++) {
    const shape = i % 5;
    const at = shape === 1 ? i - 1 : i;
    const day = new Date(Date.UTC(2025, 11, 31) - at * 864e5);
    const published = new Date(day.getTime() + 864e5);
    if (shape !== 1) pair = [pick(rng, home), pick(rng, abroad)];
    const page = [release, englishRelease, newsWithTranslation, blog, newsCall][shape]!(rng, day, published, ...pair);
    pages.push({ name: `${String(i).padStart(5, '0')}-${['release', 'release-en', 'news', 'blog', 'call'][shape]}.txt`, text: page });
  }
  return pages;
}

type Shape = (rng: Rng, day: Date, published: Date, ko: PersonData, other: PersonData) => string;

const ymd = (d: Date, sep: string) => `${d.getUTCFullYear()}${sep}${pad(d.getUTCMonth() + 1)}${sep}${pad(d.getUTCDate())}`;
const body = (rng: Rng, list: readonly string[]) => Array.from({ length: between(rng, 2, 4) }, () => pick(rng, list));

const release: Shape = (rng, day, published, ko, other) =>
  [
    '본문 바로가기 메인메뉴 바로가기',
    '브리핑룸',
    `한-${short(other)} 외교장관회담(${day.getUTCMonth() + 1}.${day.getUTCDate()}) 결과`,
    `${ymd(published, '.')} 외교부`,
    '목록',
    `${ko.name.ko} 외교부 장관은 ${day.getUTCMonth() + 1}.${day.getUTCDate()}.(${WEEKDAYS_KO[day.getUTCDay()]}) 오전 서울에서 ${other.name.ko}(${other.name.en}) 장관과 외교장관 회담을 갖고 양국 관계를 논의했다.`,
    ...body(rng, SENTENCES_KO),
    '붙임 : 사진 추후 게재 예정.  끝.',
    '“이 자료는 외교부의 보도자료를 전재하여 제공함을 알려드립니다.”',
    '이전다음기사',
    '추천 뉴스',
  ].join('\n\n');

const englishRelease: Shape = (rng, day, published, ko, other) =>
  [
    '본문 바로가기',
    'Press Releases',
    `Outcome of ROK-${other.country === 'us' ? 'U.S.' : 'Japan'} Foreign Ministers’ Meeting`,
    `Date ${ymd(published, '-')}`,
    `1. Minister of Foreign Affairs ${ko.name.en} held a meeting with ${other.name.en} in Seoul on the morning of ${MONTHS_EN[day.getUTCMonth()]} ${day.getUTCDate()} (${WEEKDAYS_EN[day.getUTCDay()]}).`,
    ...body(rng, SENTENCES_EN).map((s, k) => `${k + 2}. ${s}`),
    '/END/',
  ].join('\n\n');

const newsWithTranslation: Shape = (rng, day, published, ko, other) => {
  const outlet = pick(rng, OUTLETS);
  return [
    `한${short(other)} 외교장관, 협력 강화 합의`,
    `홍길동 기자 | 기사입력 ${ymd(published, '/')} [10:30]`,
    `[${outlet} / 홍길동 기자] = 외교부는 ${ko.name.ko} 장관이 지난 ${day.getUTCDate()}일 서울에서 ${other.name.ko} 장관과 회담을 가졌다고 밝혔다.`,
    ...body(rng, SENTENCES_KO),
    "*아래는 위 기사를 '구글 번역'으로 번역한 영문 기사의 [전문]입니다.",
    `Korean and ${other.country === 'us' ? 'US' : 'Japanese'} Foreign Ministers Agree to Strengthen Cooperation`,
    `[${outlet} / Reporter Hong Gil-dong] = The Ministry of Foreign Affairs announced that Minister ${ko.name.en} held a meeting with ${other.name.en} in Seoul.`,
    ...body(rng, SENTENCES_EN),
  ].join('\n\n');
};

const blog: Shape = (rng, day, published, ko, other) => {
  const name = pick(rng, BLOGS);
  const title = `${ko.name.ko} 장관과 ${other.name.ko} 장관의 회담, 무엇이 논의됐나`;
  return [
    title,
    'Last Updated :',
    '회담의 주요 내용',
    `지난 ${day.getUTCDate()}일, ${ko.name.ko} 외교부 장관과 ${other.name.ko} 장관 간의 외교장관회담이 서울에서 열렸습니다.`,
    ...body(rng, SENTENCES_KO),
    '경매장',
    `${title} | ${name} : https://blog.example.kr/${ymd(published, '')}`,
    `${ymd(published, '-')} 3 ${ymd(new Date(published.getTime() + 864e5), '-')} 1`,
    '인기글',
    `${name} © blog.example.kr All rights reserved.`,
  ].join('\n\n');
};

const newsCall: Shape = (rng, day, published, ko, other) =>
  [
    '기사 메일전송',
    `[정치]한${short(other)} 외교장관 전화통화`,
    '• 홍길동 기자',
    `• 등록 ${ymd(published, '-')} 16:22:19`,
    `[${pick(rng, OUTLETS)} 홍길동 기자]${ko.name.ko} 외교장관은 ${day.getUTCDate()}일 ${other.name.ko} 장관과 전화통화를 했다.`,
    `${ko.name.ko.slice(0, 1)} 장관은 이날 오후 ${between(rng, 15, 50)}분간 진행된 통화에서 최근 상황을 공유했다.`,
    ...body(rng, SENTENCES_KO),
    '0',
    '목록 바로가기',
    '많이 본 뉴스더보기',
  ].join('\n\n');

function short(p: PersonData): string {
  return p.country === 'us' ? '미' : p.country === 'jp' ? '일' : p.country === 'cn' ? '중' : '외';
}
