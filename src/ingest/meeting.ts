/**
 * The meeting a document reports, from its own wording: the headline first, then the first sentence of its
 * text (the lead), never another event the text goes on to mention (a summit recalled, a call last week).
 * Format from `통화`, `화상`, `phone talks`, `telephone conversation`, `virtual`; level from the first title of
 * office the headline (else the lead) gives, which is the Korean principal's; counterparts from the
 * countries the headline pairs with Korea (else those next to a title in the lead).
 */
import type { MeetingFormat, MeetingKind, MeetingLevel } from '../schemas/meeting.ts';
import { cityNamed } from './places.ts';
import type { CountryFinder } from './countries.ts';

// Video before telephone (a video call is not a phone call); `calls on` is a courtesy call in person, and
// 통화스와프 is a currency swap.
const VIDEO =
  /화상|영상\s?(?:회의|회담|통화)|비대면|video\s?(?:conference|call|link|meeting|talks)?|videoconference|virtual(?:ly)?|online (?:meeting|talks|conference)|teleconference/i;
const TELEPHONE = /전화|통화(?!\s?스와프|\s?정책|량)|phone|telephone|\bcall(?:s|ed)?\b(?!\s+(?:on|for|upon)\b)/i;
const NOT_A_CALL = /courtesy call|call(?:s|ed)? (?:on|for|upon)\b|예방/i;

/** Face to face, by telephone or by video link, from the headline, else the lead's first sentence. */
export function formatOf(head: string, lead: string): MeetingFormat {
  for (const text of [head, firstSentence(lead)]) {
    if (VIDEO.test(text)) return 'video';
    if (TELEPHONE.test(text.replace(NOT_A_CALL, ''))) return 'telephone';
  }
  return 'in-person';
}

/** Talks, a call on an official of another rank, or a roundtable, from the headline. */
export function kindOf(title: string): MeetingKind {
  if (/라운드\s?테이블|간담회|roundtable|round-table|forum/i.test(title)) return 'roundtable';
  if (/예방|calls? on|called on|courtesy call/i.test(title)) return 'call-on';
  return 'talks';
}

// Titles of office, by level. The first one a headline prints is the Korean principal's (박진 장관, 덴마크
// 외교장관과 회담 / First Vice Foreign Minister Meets Permanent Secretary of …).
const ROLES: [MeetingLevel, RegExp][] = [
  [
    'senior-official',
    /차관보|국장(?!급\s?회의)|실장|본부장|특별대표|대사(?!관)|assistant secretary|director[- ]general|deputy minister for|senior officials?|special representative|special envoy|ambassador/gi,
  ],
  [
    'vice-minister',
    /vice\s?FMs?\b|제?[12]?\s?차관(?!보)|부장관|사무차관|vice[- ](?:foreign )?minister(?:ial|s)?|vice foreign ministers?|deputy secretary of state|deputy secretary|deputy foreign minister|state secretary|permanent secretary/gi,
  ],
  [
    'minister',
    /장관|외무상|외무대신|외교부장|외상|foreign ministers?|foreign ministerial|minister(?:s|ial)?(?! for political)|secretary of state|top diplomats?|\bFMs?\b|two ministers/gi,
  ],
  ['summit', /정상|대통령|summit|president|prime minister|premier|chancellor|leaders?\b/gi],
  ['working', /실무|과장|working[- ]level/gi],
];

/** The level of the meeting from the first title of office a text prints (the longest where two start together). */
export function levelIn(text: string): MeetingLevel | undefined {
  let best: { level: MeetingLevel; at: number; length: number } | undefined;
  for (const [level, re] of ROLES) {
    for (const m of text.matchAll(re)) {
      if (!best || m.index < best.at || (m.index === best.at && m[0].length > best.length)) best = { level, at: m.index, length: m[0].length };
    }
  }
  return best?.level;
}

/** The lead's first sentence: the one that says what meeting the document reports. */
export function firstSentence(lead: string): string {
  // A full stop ends a sentence where a space and a capital or a Hangul syllable follow, not in `U.S.` or `5.31.`.
  const end = /(?<![A-Z]\.[A-Z]|\b[A-Z]|\d)[.!?](?=\s+(?:[A-Z"“]|\p{Script=Hangul}))|다\.(?=\s)/u.exec(lead);
  return end ? lead.slice(0, end.index + end[0].length) : lead;
}

/** The countries Korea met: those the headline pairs with it, else those next to a title in the lead. */
export function counterpartsOf(title: string, head: string, lead: string, finder: CountryFinder): string[] {
  const fromTitle = finder.inTitle(title);
  if (fromTitle.length) return fromTitle;
  const fromHead = finder.inTitle(head);
  if (fromHead.length) return fromHead;
  return finder.inLead(firstSentence(lead));
}

/** Where an in-person meeting took place: a city the text names (`미국 워싱턴에서`, `in Berlin`), or Korea when it says so. */
export function placeIn(text: string, countryOf: (name: string) => string | undefined): { country: string; city?: { ko: string; en: string } } | undefined {
  const korean = /(?:([가-힣]{2,10})\s)?([가-힣]{1,8})에서/g;
  for (const m of text.matchAll(korean)) {
    const city = cityNamed(m[2]!);
    if (city) return { country: city.country, city: { ko: city.ko, en: city.en } };
    const country = countryOf(m[2]!);
    if (country) return { country };
  }
  // 미국을 방문중인, during his visit to the United States: the country visited.
  for (const m of text.matchAll(/([가-힣]{2,12})(?:을|를)\s?방문\s?중/g)) {
    const city = cityNamed(m[1]!);
    if (city) return { country: city.country, city: { ko: city.ko, en: city.en } };
    const country = countryOf(m[1]!);
    if (country) return { country };
  }
  for (const m of text.matchAll(/\bvisit(?:s|ing)? to (?:the )?((?:(?:[A-Z][a-zé.]+|of)\s?){1,4})/g)) {
    const words = m[1]!.trim().split(' ');
    for (let n = words.length; n > 0; n--) {
      const country = countryOf(words.slice(0, n).join(' ').replace(/[.,]$/, ''));
      if (country) return { country };
    }
  }
  const english = /\bin ((?:[A-Z][a-zé]+\s?){1,3})(?:,\s((?:[A-Z][a-z]+\s?){1,3}))?/g;
  for (const m of text.matchAll(english)) {
    const name = m[1]!.trim();
    const city = cityNamed(name);
    if (city) return { country: city.country, city: { ko: city.ko, en: city.en } };
    const country = countryOf(name) ?? (m[2] ? countryOf(m[2].trim()) : undefined);
    if (country && !/^(?:The|This|That|June|July|May|March|April)$/.test(name)) return { country };
  }
  if (/서울|Seoul|외교부\s?청사|at the Ministry of Foreign Affairs(?! of)/.test(text)) return { country: 'kr', city: { ko: '서울', en: 'Seoul' } };
  if (/방한\s?중인|방한한|방한하는|방한을|visiting (?:the ROK|Korea)|visit to (?:the ROK|Korea)/.test(text)) return { country: 'kr' };
  return undefined;
}
