import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MeetingData } from '../../schemas/index.ts';
import { COUNTERPARTS, FOREIGN_GIVEN, FOREIGN_PIECES, HOME, KOREAN_FAMILY, KOREAN_GIVEN, OCCASIONS, TOPICS, type CountrySeed } from './registry-data.ts';
import { between, englishVocabulary, koreanVocabulary, pick, prng, withParticle, zipf, type Rng } from './vocabulary.ts';

/**
 * A synthetic archive in the project's real content format, for the benchmark: deterministic from the seed,
 * shaped like the real thing (bilingual releases of 6–12 paragraphs, meetings with participants, a people
 * registry) so build and search costs are honest. Every record is marked `synthetic: true`.
 */
export interface GenerateOptions {
  n: number;
  seed: number;
  outDir: string;
  /** How many people (at least 60, so that every counterpart country has some); by default max(2,000, n / 2). */
  people?: number;
}

export interface GenerateStats {
  documents: number;
  languageVersions: number;
  meetings: number;
  people: number;
  countries: number;
  topics: number;
  koreanVocabulary: number;
  koreanFormsUsed: number;
  englishVocabulary: number;
  files: number;
  bytes: number;
}

interface Person {
  id: string;
  ko: string;
  en: string;
  family: [string, string];
  country: string;
  variants: { ko: string[]; en: string[] };
}

const FIRST_DAY = Date.UTC(1996, 0, 1);
const DAYS = (Date.UTC(2025, 11, 31) - FIRST_DAY) / 86_400_000;
const isoDay = (day: number) => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
const WEEKDAYS_KO = '일월화수목금토';

const LEVELS: [MeetingData['level'], number][] = [
  ['summit', 0.1],
  ['minister', 0.45],
  ['vice-minister', 0.25],
  ['senior-official', 0.12],
  ['working', 0.08],
];
const FORMATS: [MeetingData['format'], number][] = [
  ['in-person', 0.6],
  ['telephone', 0.3],
  ['video', 0.1],
];
const HOME_ROLE: Record<MeetingData['level'], [string, string]> = {
  summit: ['대통령', 'President'],
  minister: ['외교부 장관', 'Minister of Foreign Affairs'],
  'vice-minister': ['외교부 제1차관', 'First Vice Minister of Foreign Affairs'],
  'senior-official': ['외교부 차관보', 'Deputy Minister of Foreign Affairs'],
  working: ['외교부 국장', 'Director-General, Ministry of Foreign Affairs'],
};
const OTHER_ROLE: Record<MeetingData['level'], [string, string]> = {
  summit: ['정상', 'Leader'],
  minister: ['외교장관', 'Foreign Minister'],
  'vice-minister': ['외교차관', 'Vice Foreign Minister'],
  'senior-official': ['고위 관리', 'Senior Official'],
  working: ['국장', 'Director-General'],
};
const LEVEL_TITLE: Record<MeetingData['level'], [string, string]> = {
  summit: ['정상', 'Summit'],
  minister: ['외교장관', "Foreign Ministers'"],
  'vice-minister': ['외교차관', "Vice Foreign Ministers'"],
  'senior-official': ['고위급', "Senior Officials'"],
  working: ['실무', 'Working-Level'],
};

function weighted<T>(rng: Rng, table: [T, number][]): T {
  let x = rng();
  for (const [value, weight] of table) if ((x -= weight) < 0) return value;
  return table[table.length - 1]![0];
}

const q = (s: string) => JSON.stringify(s);
const bi = (ko: string, en: string) => `{ ko: ${q(ko)}, en: ${q(en)} }`;
const pad = (i: number, width = 6) => String(i).padStart(width, '0');

/** Korean people with romanized names, and foreign people with Hangul transliterations. */
function makePeople(rng: Rng, count: number): Person[] {
  const people: Person[] = [];
  const seen = new Set<string>();
  const koreans = Math.ceil(count * 0.4);
  while (people.length < koreans) {
    const [fko, fen] = pick(rng, KOREAN_FAMILY);
    const [g1ko, g1en] = pick(rng, KOREAN_GIVEN);
    const [g2ko, g2en] = pick(rng, KOREAN_GIVEN);
    const ko = fko + g1ko + g2ko;
    if (seen.has(ko)) continue;
    seen.add(ko);
    const given = `${g1en[0]!.toUpperCase()}${g1en.slice(1)}-${g2en}`;
    const en = `${fen} ${given}`;
    people.push({
      id: `p${pad(people.length, 5)}-${fen.toLowerCase()}-${g1en}-${g2en}`,
      ko,
      en,
      family: [fko, fen],
      country: HOME.id,
      // The same name as sources spell it without the hyphen, as the English releases do (Kim Hong Kyun).
      variants: { ko: [], en: [`${fen} ${g1en[0]!.toUpperCase()}${g1en.slice(1)} ${g2en[0]!.toUpperCase()}${g2en.slice(1)}`] },
    });
  }
  while (people.length < count) {
    const [gko, gen] = pick(rng, FOREIGN_GIVEN);
    const pieces = Array.from({ length: between(rng, 2, 3) }, () => pick(rng, FOREIGN_PIECES));
    const lastKo = pieces.map((p) => p[0]).join('');
    const lastEnRaw = pieces.map((p) => p[1]).join('');
    const lastEn = lastEnRaw[0]!.toUpperCase() + lastEnRaw.slice(1);
    const en = `${gen} ${lastEn}`;
    if (seen.has(en)) continue;
    seen.add(en);
    const country = COUNTERPARTS[people.length % COUNTERPARTS.length]!.id;
    // A second Hangul spelling, as Korean papers often differ (폼페이오/폼페오).
    const altKo = lastKo.includes('슨') ? lastKo.replace('슨', '선') : `${lastKo}으`;
    people.push({
      id: `p${pad(people.length, 5)}-${gen.toLowerCase()}-${lastEnRaw}`,
      ko: `${gko} ${lastKo}`,
      en,
      family: [lastKo, lastEn],
      country,
      variants: { ko: [`${gko} ${altKo}`], en: [] },
    });
  }
  return people;
}

function personYaml(rng: Rng, p: Person): string {
  const roles: string[] = [];
  let start = between(rng, 1990, 2020);
  for (let i = between(rng, 1, 3); i > 0; i--) {
    // Roles oldest first, each ending no earlier than it began (the content checks want both).
    if (roles.length && start >= 2025) break;
    const end = Math.min(2025, start + between(rng, 1, 5));
    const level = weighted(rng, LEVELS);
    const [ko, en] = p.country === HOME.id ? HOME_ROLE[level] : OTHER_ROLE[level];
    const from = between(rng, 1, 12);
    const to = end > start ? between(rng, 1, 12) : between(rng, from, 12);
    roles.push(`  - title: ${bi(ko, en)}\n    from: ${q(`${start}-${pad(from, 2)}`)}\n    to: ${q(`${end}-${pad(to, 2)}`)}`);
    start = end;
  }
  return [
    `id: ${p.id}`,
    `name: ${bi(p.ko, p.en)}`,
    `family: ${bi(p.family[0], p.family[1])}`,
    `variants:\n  ko: [${p.variants.ko.map(q).join(', ')}]\n  en: [${p.variants.en.map(q).join(', ')}]`,
    `country: ${p.country}`,
    `roles:\n${roles.join('\n')}`,
    '',
  ].join('\n');
}

interface Meeting {
  id: string;
  day: number;
  date: string;
  format: MeetingData['format'];
  level: MeetingData['level'];
  kind: MeetingData['kind'];
  counterparts: CountrySeed[];
  home: Person;
  others: Person[];
  place?: { city: [string, string]; country: string };
  occasion?: [string, string];
  related: string[];
}

/** Writes texts and keeps count of what the archive holds. */
class Writer {
  files = 0;
  bytes = 0;
  private readonly root: string;
  constructor(root: string) {
    this.root = root;
  }
  write(path: string, text: string) {
    writeFileSync(join(this.root, path), text);
    this.files++;
    this.bytes += Buffer.byteLength(text);
  }
}

export function generateArchive({ n, seed, outDir, people: peopleCount }: GenerateOptions): GenerateStats {
  const rng = prng(seed);
  for (const folder of ['documents', 'meetings', 'people', 'countries', 'topics', 'offices']) mkdirSync(join(outDir, folder), { recursive: true });
  const out = new Writer(outDir);

  const ko = koreanVocabulary(rng);
  const en = englishVocabulary(rng);
  const koRank = zipf(ko.forms.length);
  const enRank = zipf(en.forms.length);
  const countryRank = zipf(COUNTERPARTS.length, 1.2);
  const usedKo = new Set<string>();

  for (const c of [HOME, ...COUNTERPARTS]) {
    out.write(`countries/${c.id}.yaml`, `id: ${c.id}\nname: ${bi(...c.name)}\nshort: ${bi(...c.short)}\n`);
  }
  for (const [id, tko, ten] of TOPICS) out.write(`topics/${id}.yaml`, `id: ${id}\nname: ${bi(tko, ten)}\n`);

  const people = makePeople(rng, Math.max(60, peopleCount ?? Math.max(2000, Math.ceil(n / 2))));
  for (const p of people) out.write(`people/${p.id}.yaml`, personYaml(rng, p));
  const koreans = people.filter((p) => p.country === HOME.id);
  const byCountry = new Map<string, Person[]>();
  for (const p of people) if (p.country !== HOME.id) byCountry.set(p.country, [...(byCountry.get(p.country) ?? []), p]);

  // Meetings: some come in trips (two meetings on one day at one occasion), reported by one release.
  const meetings: Meeting[] = [];
  const meetingCount = Math.max(1, Math.round(n * 0.8));
  while (meetings.length < meetingCount) {
    const day = between(rng, 0, DAYS);
    const trip = meetings.length + 1 < meetingCount && rng() < 0.12 ? 2 : 1;
    const occasion = trip === 2 || rng() < 0.1 ? pick(rng, OCCASIONS) : undefined;
    const format = trip === 2 ? 'in-person' : weighted(rng, FORMATS);
    const hostCity = rng() < 0.5 ? HOME : undefined;
    const home = pick(rng, koreans);
    const first = meetings.length;
    for (let t = 0; t < trip; t++) {
      const counterparts = [COUNTERPARTS[countryRank(rng)]!];
      if (rng() < 0.06) {
        const extra = COUNTERPARTS[countryRank(rng)]!;
        if (extra.id !== counterparts[0]!.id) counterparts.push(extra);
      }
      const level = weighted(rng, LEVELS);
      const kind: MeetingData['kind'] = format === 'in-person' && rng() < 0.12 ? (rng() < 0.6 ? 'call-on' : 'roundtable') : 'talks';
      const i = meetings.length;
      const city = hostCity ?? counterparts[0]!;
      meetings.push({
        id: `${isoDay(day)}-${counterparts.map((c) => c.id).join('-')}-${level}-${pad(i)}`,
        day,
        date: isoDay(day),
        format,
        level,
        kind,
        counterparts,
        home,
        others: kind === 'roundtable' ? [] : counterparts.map((c) => pick(rng, byCountry.get(c.id)!)),
        place: format === 'in-person' ? { city: city.capital, country: city.id } : undefined,
        occasion,
        related: [],
      });
    }
    if (trip === 2) {
      meetings[first]!.related.push(meetings[first + 1]!.id);
      meetings[first + 1]!.related.push(meetings[first]!.id);
    }
  }
  for (const m of meetings) out.write(`meetings/${m.id}.yaml`, meetingYaml(m));

  // Text generators close over the vocabularies.
  const koWord = () => {
    const w = ko.forms[koRank(rng)]!;
    usedKo.add(w);
    return w;
  };
  const enWord = () => en.forms[enRank(rng)]!;
  const koDate = (m: Meeting) => {
    const d = new Date(`${m.date}T00:00:00Z`);
    const style = rng();
    if (style < 0.4) return `${d.getUTCMonth() + 1}.${d.getUTCDate()}.(${WEEKDAYS_KO[d.getUTCDay()]})`;
    if (style < 0.7) return `${d.getUTCFullYear()}년 ${d.getUTCMonth() + 1}월 ${d.getUTCDate()}일`;
    return `지난 ${d.getUTCDate()}일`;
  };
  const koSentence = (m: Meeting, lead: boolean) => {
    const words: string[] = [];
    if (lead) {
      const other = m.others[0];
      words.push(`${m.home.ko} ${HOME_ROLE[m.level][0]}은`, koDate(m));
      if (other) words.push(`${m.counterparts[0]!.name[0]}의`, `${other.ko} ${OTHER_ROLE[m.level][0]}과`);
    }
    for (let i = between(rng, 8, 16); i > 0; i--) {
      const r = rng();
      if (r < 0.04)
        words.push(`${ko.nouns[koRank(rng) % ko.nouns.length]}·${ko.nouns[koRank(rng) % ko.nouns.length]}·${ko.nouns[koRank(rng) % ko.nouns.length]}`);
      else if (r < 0.07) words.push(`${between(rng, 2, 80)}${pick(rng, ['주년', '개국', '억 달러', '차', '건'])}`);
      else if (r < 0.1) words.push(withParticle(pick(rng, [HOME, ...m.counterparts]).name[0], between(rng, 0, 13)));
      else words.push(koWord());
    }
    words.push(pick(rng, ko.predicates));
    return `${words.join(' ')}.`;
  };
  const enSentence = (m: Meeting, lead: boolean) => {
    const words: string[] = [];
    if (lead) {
      words.push(HOME_ROLE[m.level][1], m.home.en, 'met');
      const other = m.others[0];
      if (other) words.push(m.counterparts[0]!.short[1], OTHER_ROLE[m.level][1], other.en);
      words.push(
        'on',
        new Date(`${m.date}T00:00:00Z`)
          .toLocaleDateString('en-US', { month: 'long', day: 'numeric', weekday: 'long', timeZone: 'UTC' })
          .replace(/^(\w+), (.*)$/, '$2 ($1)'),
      );
    }
    for (let i = between(rng, 10, 20); i > 0; i--) words.push(rng() < 0.06 ? pick(rng, m.counterparts).name[1] : enWord());
    words.push(pick(rng, en.verbs));
    const s = words.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const paragraphs = (count: number, sentence: (lead: boolean) => string) =>
    Array.from({ length: count }, (_, i) => Array.from({ length: between(rng, 2, 5) }, (_, j) => sentence(i === 0 && j === 0)).join(' '));

  // Documents: one per meeting first (a trip's release reports both meetings), then extra coverage.
  let docCount = 0;
  const writeDocument = (reported: Meeting[], kind: 'official' | 'news' | 'blog') => {
    const main = reported[0]!;
    const published = isoDay(Math.min(DAYS, main.day + between(rng, 0, 3)));
    const id = `${published}-${kind}-${pad(docCount++)}`;
    const count = between(rng, 6, 12);
    const [pko, pen] =
      kind === 'official'
        ? ['외교부', 'Ministry of Foreign Affairs']
        : kind === 'news'
          ? ['가상통신', 'Synthetic News Agency']
          : ['합성 블로그', 'Synthetic Blog'];
    const pair = [HOME, ...main.counterparts];
    const [lko, len] = LEVEL_TITLE[main.level];
    const titleKo = `${pair.map((c) => c.short[0]).join('-')} ${lko}회담 결과`;
    const titleEn = `Outcome of ${pair.map((c) => c.short[1]).join('-')} ${len} Meeting`;
    const status = kind === 'official' ? 'official' : kind === 'news' ? 'machine' : 'unofficial';
    const topics = Array.from(new Set(Array.from({ length: between(rng, 1, 4) }, () => pick(rng, TOPICS)[0])));
    const common = (lang: 'ko' | 'en', title: string, translation: string) =>
      [
        '---',
        `id: ${id}`,
        `lang: ${lang}`,
        `title: ${q(title)}`,
        `published: ${published}`,
        `issuer: ${bi(pko, pen)}`,
        `source:\n  kind: ${kind}\n  publisher: ${bi(pko, pen)}${kind === 'news' ? `\n  author: ${q(pick(rng, koreans).ko)}` : ''}`,
        `translation: ${translation}`,
        `meetings: [${reported.map((m) => m.id).join(', ')}]`,
        `topics: [${topics.join(', ')}]`,
        'synthetic: true',
        '---',
        '',
      ].join('\n');
    const koBody = paragraphs(count, (lead) => koSentence(main, lead));
    out.write(`documents/${id}.ko.md`, `${common('ko', titleKo, '{ status: original }')}${koBody.join('\n\n')}\n`);
    const numbered = kind === 'official' && rng() < 0.5;
    const enBody = paragraphs(count, (lead) => enSentence(main, lead)).map((p, i) => (numbered ? `${i + 1}. ${p}` : p));
    out.write(
      `documents/${id}.en.md`,
      `${common('en', titleEn, `{ status: ${status}, from: ko${status === 'machine' ? ', by: Synthetic Translator' : ''} }`)}${enBody.join('\n\n')}\n`,
    );
  };
  for (let i = 0; i < meetings.length && docCount < n; i++) {
    const m = meetings[i]!;
    const next = meetings[i + 1];
    if (next && m.related.includes(next.id)) {
      writeDocument([m, next], 'official');
      i++;
    } else {
      writeDocument([m], 'official');
    }
  }
  while (docCount < n) writeDocument([pick(rng, meetings)], rng() < 0.8 ? 'news' : 'blog');

  return {
    documents: docCount,
    languageVersions: docCount * 2,
    meetings: meetings.length,
    people: people.length,
    countries: COUNTERPARTS.length + 1,
    topics: TOPICS.length,
    koreanVocabulary: ko.forms.length,
    koreanFormsUsed: usedKo.size,
    englishVocabulary: en.forms.length,
    files: out.files,
    bytes: out.bytes,
  };
}

function meetingYaml(m: Meeting): string {
  const participants = [
    `  - { person: ${m.home.id}, side: ${HOME.id}, role: ${bi(...HOME_ROLE[m.level])} }`,
    ...m.others.map((p) => `  - { person: ${p.id}, side: ${p.country}, role: ${bi(...OTHER_ROLE[m.level])} }`),
  ];
  return [
    `id: ${m.id}`,
    `date: ${m.date}`,
    `format: ${m.format}`,
    `kind: ${m.kind}`,
    `level: ${m.level}`,
    `counterparts: [${m.counterparts.map((c) => c.id).join(', ')}]`,
    ...(m.place ? [`place: { city: ${bi(...m.place.city)}, country: ${m.place.country} }`] : []),
    ...(m.occasion ? [`occasion: ${bi(...m.occasion)}`] : []),
    ...(m.kind === 'roundtable' ? [`host: ${bi('합성 연구소', 'Synthetic Institute')}`] : []),
    `participants:\n${participants.join('\n')}`,
    `related: [${m.related.join(', ')}]`,
    'synthetic: true',
    '',
  ].join('\n');
}
