/**
 * Korean personal names in Latin script, for a record the importer starts from a Korean page that prints no
 * romanization: the family name as Koreans usually write it (Park, Lee, Choi), the given name by the Revised
 * Romanization with a hyphen between syllables (Tae-yeol). A person's own spelling often differs (Cho Tae-yul):
 * the record is marked incomplete for an archivist to correct.
 */

// Family names in their customary spellings (not the Revised Romanization's Bak, I, Choe).
const FAMILY: Record<string, string> = {
  김: 'Kim',
  이: 'Lee',
  박: 'Park',
  최: 'Choi',
  정: 'Chung',
  강: 'Kang',
  조: 'Cho',
  윤: 'Yoon',
  장: 'Jang',
  임: 'Lim',
  한: 'Han',
  오: 'Oh',
  서: 'Seo',
  신: 'Shin',
  권: 'Kwon',
  황: 'Hwang',
  안: 'Ahn',
  송: 'Song',
  류: 'Ryu',
  유: 'Yoo',
  전: 'Jeon',
  홍: 'Hong',
  고: 'Ko',
  문: 'Moon',
  양: 'Yang',
  손: 'Son',
  배: 'Bae',
  백: 'Baek',
  허: 'Heo',
  남: 'Nam',
  심: 'Shim',
  노: 'Roh',
  하: 'Ha',
  곽: 'Kwak',
  성: 'Sung',
  차: 'Cha',
  주: 'Joo',
  우: 'Woo',
  구: 'Koo',
  민: 'Min',
  진: 'Jin',
  나: 'Na',
  지: 'Ji',
  엄: 'Eom',
  채: 'Chae',
  원: 'Won',
  천: 'Cheon',
  방: 'Bang',
  공: 'Kong',
  현: 'Hyun',
  함: 'Ham',
  변: 'Byun',
  염: 'Yeom',
  여: 'Yeo',
  추: 'Choo',
  도: 'Do',
  소: 'So',
  석: 'Seok',
  선: 'Sun',
  설: 'Seol',
  마: 'Ma',
  길: 'Gil',
  연: 'Yeon',
  위: 'Wi',
  표: 'Pyo',
  명: 'Myung',
  기: 'Ki',
  반: 'Ban',
  왕: 'Wang',
  금: 'Keum',
  옥: 'Ok',
  육: 'Yook',
  인: 'In',
  맹: 'Maeng',
  제: 'Je',
  모: 'Mo',
  탁: 'Tak',
  국: 'Kook',
  어: 'Eo',
  은: 'Eun',
  편: 'Pyun',
  용: 'Yong',
  예: 'Ye',
  봉: 'Bong',
  경: 'Kyung',
  태: 'Tae',
  피: 'Pi',
  승: 'Seung',
  남궁: 'Namgung',
  황보: 'Hwangbo',
  제갈: 'Jegal',
  선우: 'Sunwoo',
  독고: 'Dokgo',
  사공: 'Sagong',
};
// Words that stand where a name would (한편 외교부 장관은 …), though they begin with a family name.
const NOT_NAMES = new Set([
  '한편',
  '이날',
  '이번',
  '이후',
  '이어',
  '이에',
  '또한',
  '신임',
  '전임',
  '당시',
  '정부',
  '우리',
  '양국',
  '주요',
  '전날',
  '오늘',
  '어제',
  '지난',
  '현재',
  '최근',
  '조만간',
  '이로써',
  '김정은',
]);

const INITIALS = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const VOWELS = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

function syllable(ch: string): string {
  const code = ch.codePointAt(0)! - 0xac00;
  if (code < 0 || code > 11171) return ch;
  return `${INITIALS[Math.floor(code / 588)]}${VOWELS[Math.floor((code % 588) / 28)]}${FINALS[code % 28]}`;
}

/** The family name of a Korean name (two-syllable ones first), or undefined when it begins with none. */
function familyOf(name: string): string | undefined {
  const two = name.slice(0, 2);
  if (name.length >= 3 && FAMILY[two]) return two;
  return FAMILY[name[0]!] ? name[0] : undefined;
}

/** Whether a run of Hangul is likely a Korean personal name: a family name, then one or two syllables. */
export function isKoreanName(name: string): boolean {
  if (!/^[가-힣]{2,4}$/.test(name) || NOT_NAMES.has(name)) return false;
  const family = familyOf(name);
  return !!family && name.length - family.length >= 1 && name.length - family.length <= 2;
}

/** 박진 → Park Jin, 조태열 → Cho Tae-yeol, 남궁 민 → Namgung Min. */
export function romanizeKoreanName(name: string): string {
  const compact = name.replace(/\s+/g, '');
  const family = familyOf(compact);
  const given = family ? compact.slice(family.length) : compact;
  const parts = [...given].map(syllable);
  const givenLatin = parts.join('-');
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return [family ? FAMILY[family] : undefined, givenLatin ? cap(givenLatin) : undefined].filter(Boolean).join(' ');
}
