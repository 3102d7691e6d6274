/**
 * Countries named in a headline or a lead, by any form the registry records: 한미, 한-독, 한·인니, 한미일, 美,
 * 덴마크 외교장관, ROK-U.S., ROK-Germany, "S. Korea, Japan", "Top S. Korean, Mexican diplomats", "his Danish
 * counterpart", "Denmark's Foreign Minister", "Foreign Minister … of Poland". A name only counts where it names
 * a side of the meeting — next to a title, in a pair with Korea — so 인도적 (humanitarian), 수단 (means) or
 * "Georgia" in passing are no country, and a place (`in Germany`, `도쿄서`, `미국 워싱턴에서`) is no counterpart.
 */
import type { CountryData } from '../schemas/index.ts';
import { escapeRegExp } from '../lib/text/regexp.ts';

const alternation = (forms: Iterable<string>) =>
  [...new Set(forms)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

// Titles and offices a Korean text writes after a country's name.
const KO_ROLE =
  '(?:외교\\s?장관|외무\\s?장관|외교부\\s?장관|외교부장|국무위원|외무상|외무대신|외상|국무장관|국무부|외교\\s?차관|외무\\s?차관|외교부\\s?차관|사무차관|부장관|차관보|외교부|외무부|외무성|정상|대통령|총리|수상|국왕|측|대사|특사|특별대표|정부|대표단|의회|의장)';
// Words of a Korean headline after a pair of countries (한-독 외교장관회담, 한미 관계, 한일중).
const KO_AFTER_PAIR = '(?=[\\s,.·…"“\'‘]|$|외교|외무|정상|장관|차관|회담|회의|관계|간|통화|협의|전략|대화|공동|경제|안보|FTA|수교|협력|포럼|고위|국장|차관보)';
// What an English text writes after a country's adjective (his Danish counterpart, the German Foreign Minister).
const EN_AFTER_ADJECTIVE =
  '(?:[Cc]ounterparts?|Foreign Ministers?|foreign ministers?|Ministers?|minister|Vice|vice|Deputy|deputy|State Secretary|Secretary|FMs?|President|president|Prime Minister|prime minister|PM|Chancellor|Premier|diplomats?|top diplomats?|side|delegation|government|officials?|leaders?|envoys?|Ambassador|ambassador|Foreign Affairs|foreign affairs|Federal)';
const KOREA_EN = '(?<!North\\s|N\\.\\s?)(?:ROK|S\\.\\s?Korea|South Korea|Korea|Seoul)';
const KOREAN_EN = '(?:S\\.\\s?Korean|South Korean|Korean)';
// A country's capital standing for its government in English headlines ("Seoul, Washington top diplomats").
const METONYMS: Record<string, string> = {
  Washington: 'us',
  Tokyo: 'jp',
  Beijing: 'cn',
  Moscow: 'ru',
  Pyongyang: 'kp',
  London: 'gb',
  Berlin: 'de',
  Paris: 'fr',
  Canberra: 'au',
  Ottawa: 'ca',
  'New Delhi': 'in',
};

export class CountryFinder {
  private readonly byForm = new Map<string, string>();
  private readonly byAdjective = new Map<string, string>();
  private readonly ko: string;
  private readonly koShort: string;
  private readonly en: string;
  private readonly adj: string;
  private readonly hanja: string;
  private readonly koOne: string;

  constructor(countries: readonly CountryData[]) {
    const add = (map: Map<string, string>, form: string, id: string) => {
      if (form && !map.has(form)) map.set(form, id);
    };
    const ko: string[] = [];
    const koShort: string[] = [];
    const en: string[] = [];
    const hanja: string[] = [];
    for (const c of countries) {
      if (c.id === 'kr') continue;
      for (const f of [c.name.ko, ...c.variants.ko]) {
        add(this.byForm, f, c.id);
        if (/^\p{Script=Han}$/u.test(f)) hanja.push(f);
        else ko.push(f);
      }
      add(this.byForm, c.short.ko, c.id);
      koShort.push(c.short.ko, c.name.ko, ...c.variants.ko.filter((v) => !/^\p{Script=Han}$/u.test(v)));
      for (const f of [c.name.en, c.short.en, ...c.variants.en]) {
        add(this.byForm, f, c.id);
        add(this.byForm, f.replace(/^the /i, ''), c.id);
        en.push(f, f.replace(/^the /i, ''));
      }
      for (const a of c.adjectives) add(this.byAdjective, a, c.id);
    }
    this.ko = alternation(ko);
    this.koShort = alternation(koShort);
    this.en = alternation(en);
    this.adj = alternation(this.byAdjective.keys());
    this.hanja = alternation(hanja);
    this.koOne = alternation(countries.filter((c) => c.id !== 'kr' && c.short.ko.length === 1).map((c) => c.short.ko));
  }

  private id(form: string): string | undefined {
    return this.byForm.get(form) ?? this.byForm.get(form.replace(/^the /i, ''));
  }

  /** The countries a headline names as sides of the meeting, in order; a place where it was held is not one. */
  inTitle(title: string): string[] {
    return this.find(title, true);
  }

  /** Countries a headline names at all (not as the place of the meeting): the last resort when nothing says more. */
  namedIn(title: string): string[] {
    const hits: { id: string; at: number }[] = [];
    if (this.en) {
      for (const m of title.matchAll(new RegExp(`\\b(?:the\\s)?(${this.en})\\b`, 'g'))) {
        if (!/\b(?:in|to|at|from|visit(?:s|ing)?|arrives? in)\s+$/i.test(title.slice(Math.max(0, m.index - 16), m.index)))
          hits.push({ id: this.id(m[1]!)!, at: m.index });
      }
    }
    if (this.ko) {
      for (const m of title.matchAll(new RegExp(`(?<![가-힣])(${this.ko})(?![가-힣]*\\s?(?:에서|서\\s|을\\s?방문|를\\s?방문|방문))(?=[\\s,.·…과와의]|$)`, 'g')))
        hits.push({ id: this.id(m[1]!)!, at: m.index });
    }
    return [
      ...new Set(
        hits
          .filter((h) => h.id && h.id !== 'kr')
          .sort((a, b) => a.at - b.at)
          .map((h) => h.id),
      ),
    ];
  }

  /** The countries a lead names as sides: next to a counterpart's title, never as the place of the meeting. */
  inLead(lead: string): string[] {
    return this.find(lead, false);
  }

  private find(text: string, headline: boolean): string[] {
    const hits: { id: string; at: number }[] = [];
    const push = (id: string | undefined, at: number) => {
      if (id && id !== 'kr') hits.push({ id, at });
    };
    // 한미, 한-독, 한·인니, 한미일, 한-독일: Korea's short form and the counterparts' forms, longest first.
    if (this.koShort) {
      const pair = new RegExp(`(?<![가-힣])한((?:\\s?[-·]?\\s?(?:${this.koShort}))+)${KO_AFTER_PAIR}`, 'g');
      for (const m of text.matchAll(pair)) {
        for (const f of m[1]!.matchAll(new RegExp(`(?:${this.koShort})`, 'g'))) push(this.id(f[0]), m.index + f.index);
      }
      // 한·미·일 written the other way (미·일·한) or a pair without 한 (미·중 갈등) is no meeting of Korea's.
    }
    // 덴마크 외교장관, 일본 외무차관, 중국 외교부장: a country before a counterpart's title.
    if (this.ko) {
      for (const m of text.matchAll(new RegExp(`(?<![가-힣])(${this.ko})\\s?(?:의\\s?)?(?:[가-힣]{1,4}\\s?)?${KO_ROLE}`, 'g'))) push(this.id(m[1]!), m.index);
    }
    // 미 국무장관, 중 외교부장, 일 외무상: a short form before a title only a foreign government has.
    if (this.koOne) {
      for (const m of text.matchAll(new RegExp(`(?<![가-힣])(${this.koOne})\\s(?:국무장관|국무부|외무상|외무대신|외교부장(?!관)|국무위원|외무성)`, 'g')))
        push(this.id(m[1]!), m.index);
    }
    // 美틸러슨, 中 외교부장: the one-character forms of headlines.
    if (this.hanja) for (const m of text.matchAll(new RegExp(`(${this.hanja})(?=\\s?[가-힣A-Z])`, 'g'))) push(this.id(m[1]!), m.index);
    if (this.en) {
      // ROK-U.S., ROK-Germany, ROK-U.S.-Japan, Korea-Japan.
      for (const m of text.matchAll(new RegExp(`\\b${KOREA_EN}((?:\\s?[-–]\\s?(?:${this.en}))+)`, 'g'))) {
        for (const f of m[1]!.matchAll(new RegExp(`(?:${this.en})`, 'g'))) push(this.id(f[0]), m.index + f.index);
      }
      // "S. Korea, Japan", "South Korea and the Philippines", "Japan, S. Korea".
      for (const m of text.matchAll(new RegExp(`\\b${KOREA_EN}(?:,| and| &)\\s+(?:the\\s)?(${this.en})\\b`, 'g'))) push(this.id(m[1]!), m.index);
      if (headline)
        for (const m of text.matchAll(new RegExp(`\\b(${this.en}),?\\s+(?:and\\s+)?(?:S\\.\\s?Korea|South Korea)\\b`, 'g'))) push(this.id(m[1]!), m.index);
      // "Denmark's Foreign Minister", "Singapore’s Ministry of Foreign Affairs".
      for (const m of text.matchAll(new RegExp(`\\b(?:the\\s)?(${this.en})['’]s\\b`, 'g'))) push(this.id(m[1]!), m.index);
      // "Deputy Foreign Minister of Poland", "Minister for Foreign Affairs Jeppe Kofod of Denmark".
      for (const m of text.matchAll(
        new RegExp(
          `\\b(?:Minister|Secretary|Ministry|Counselor|Councillor|Chancellor|President|Affairs|Office|Premier|[A-Z][a-zçğöşüéèáíóú]+)\\s+of\\s+(?:the\\s)?(${this.en})\\b`,
          'g',
        ),
      )) {
        if (!/\bof the Republic of Korea$|of Korea$/.test(m[0])) push(this.id(m[1]!), m.index);
      }
    }
    if (this.adj) {
      // "Top S. Korean, Mexican diplomats", "his Danish counterpart", "German Foreign Minister".
      for (const m of text.matchAll(new RegExp(`\\b${KOREAN_EN},?\\s+(?:and\\s+)?(${this.adj})\\b`, 'g'))) push(this.byAdjective.get(m[1]!), m.index);
      for (const m of text.matchAll(new RegExp(`(?<![\\w.])(${this.adj})\\s+${EN_AFTER_ADJECTIVE}\\b`, 'g'))) push(this.byAdjective.get(m[1]!), m.index);
    }
    if (headline) {
      // "Seoul, Washington top diplomats".
      for (const m of text.matchAll(/\bSeoul(?:,| and|-)\s*(Washington|Tokyo|Beijing|Moscow|Pyongyang|London|Berlin|Paris|Canberra|Ottawa|New Delhi)\b/g))
        push(METONYMS[m[1]!], m.index);
    }
    return [...new Set(hits.sort((a, b) => a.at - b.at).map((h) => h.id))];
  }
}
