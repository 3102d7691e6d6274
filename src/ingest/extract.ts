/**
 * Stage 4 of an import: a parsed part → the facts an archive entry needs. Dates, the kind of source and its
 * publisher, the translation status, and the meeting reported: its date, format, level, counterparts,
 * participants, place and occasion. People and countries are recognised through the registries (any recorded
 * name form); names the registry lacks become warnings with a suggested record.
 */
import type { Lang } from '../schemas/common.ts';
import { newParticipants, personId, type NewPerson } from './people.ts';
import { escapeRegExp } from '../lib/text/regexp.ts';
import type { SourceKind, TranslationStatus } from '../schemas/document.ts';
import type { CountryData, MeetingData, PersonData } from '../schemas/index.ts';
import type { MeetingFormat, MeetingKind, MeetingLevel } from '../schemas/meeting.ts';
import { NameMatcher } from '../lib/names/matcher.ts';
import type { DocumentVersion } from '../lib/model/archive.ts';
import { CountryFinder } from './countries.ts';
import { datelineOf, durationMinutes, findStamp, meetingDates, resolveYear, type MeetingDate } from './dates.ts';
import { counterpartsOf, firstSentence, formatOf, kindOf as kindOfMeeting, levelIn, placeIn } from './meeting.ts';
import { siteOf } from './sources.ts';
import type { Block, Part } from './parse.ts';
import { knownPublisher } from './publishers.ts';
import type { Bilingual } from '../schemas/common.ts';
import { IMPORT_MESSAGES, type ImportMessages } from './messages.ts';
import type { PartOfDay } from '../schemas/meeting.ts';

/** What the import knows of the archive: its registries, and what it already holds. */
export interface Registry {
  people: PersonData[];
  countries: CountryData[];
  meetings: MeetingData[];
  documents: DocumentVersion[];
}

export interface FoundMeeting {
  date: string | null;
  partOfDay?: PartOfDay;
  time?: string;
  durationMinutes?: number;
  format: MeetingFormat;
  kind: MeetingKind;
  level: MeetingLevel | null;
  counterparts: string[];
  participants: { person: string; side: string; role: Bilingual | null }[];
  place?: { country: string; city?: Bilingual };
  occasion?: string;
  /** A meeting record the archive already holds for this meeting. */
  existing?: string;
  /** Participants named with their title whom the people registry lacks, as records to start (--add-people). */
  newPeople?: NewPerson[];
}

export interface SuggestedPerson {
  name: { ko?: string; en?: string };
  /** The words around the name, to tell who it is. */
  context: string;
  /** A record to start from: id from the romanized name, country when the context names one. */
  record: { id: string; name: { ko?: string; en?: string }; country?: string };
}

export interface Extracted {
  lang: Lang;
  title: string;
  deck: string[];
  published: string | null;
  publishedTime?: string;
  source: {
    kind: SourceKind;
    publisher: Bilingual | null;
    /** The publisher as printed, when the archive does not know its name in both languages. */
    publisherAsPrinted?: string;
    url?: string;
    author?: string;
    section?: string;
    republished?: { publisher: Bilingual | null; notice: string };
  };
  translation: { status: TranslationStatus; from?: Lang; by?: string; notice?: string; originalUrl?: string };
  meeting: FoundMeeting;
  body: Block[];
  suggestions: SuggestedPerson[];
  warnings: string[];
  /** Fields read from indirect evidence — a capture stamp, a weekday, the lead rather than the headline — to check. */
  guessed: string[];
}

const text = (blocks: Block[]) => blocks.map((b) => b.text).join('\n');

export function extract(
  part: Part,
  registry: Registry,
  context: {
    original?: Extracted;
    page: string;
    raw?: string;
    url?: string;
    alternates?: Partial<Record<Lang, string>>;
    captured?: string;
    title?: string;
    t?: ImportMessages;
  },
): Extracted {
  const warnings: string[] = [];
  // Fields read from indirect evidence (a capture stamp, a weekday, the lead rather than the headline), for the archivist to check.
  const guessed: string[] = [];
  const t = context.t ?? IMPORT_MESSAGES.en;
  const { original } = context;
  // The archivist's headline (--title) wins over the page's: it is given where the importer cannot tell.
  const title = context.title ?? part.title?.text ?? '';
  if (context.title && part.title && part.title.text !== context.title) warnings.push(t.titleReplaced(part.title.text));
  const lead = part.body.find((b) => b.kind !== 'heading')?.text ?? '';

  let published: string | null = part.published?.date ?? null;
  let publishedTime = part.published?.time;
  if (part.published?.label === 'modified') warnings.push(t.modifiedOnly(part.published.date));
  if (!published) {
    // A blog prints no date, but its visit counter starts on the day of publication.
    const stamp = findStamp(context.page.split('\n').find((l) => /^(?:19|20)\d{2}-\d{2}-\d{2} \d+ /.test(l.trim())) ?? '');
    if (stamp) {
      published = stamp.date;
      publishedTime = undefined;
      guessed.push('published');
      warnings.push(t.publishedFromCounter(published));
    } else if (context.captured) {
      published = context.captured;
      guessed.push('published');
      warnings.push(t.publishedFromCapture(published));
    } else {
      warnings.push(t.noPublished);
    }
  }

  if (original) {
    // A translation printed after its original: the same document, source and meeting.
    return {
      ...original,
      lang: part.lang,
      title,
      deck: part.deck.map((l) => l.text),
      translation: translationOf(part, original),
      body: part.body,
      suggestions: [],
      warnings: [],
    };
  }
  const site = siteOf(context.page, context.raw ?? context.page, context.url);
  const kind = kindOf(part, site?.kind);
  const byline = part.published?.rest?.replace(/\S+\s?기자\s?\|?/, '').trim();
  const printed = kind === 'official' ? part.published?.rest || undefined : (part.leadPublisher ?? part.sourceLine?.publisher ?? (byline || undefined));
  // Who published it: as the page prints it when the archive knows that name, else the site the page is from
  // (the ministry, for its own boards and the sites that carry its releases).
  const fromSite = site?.name.en ? (kind === 'official' ? (site.carries ?? site.name) : site.name) : undefined;
  const publisher =
    (printed ? knownPublisher(printed, registry.documents) : null) ??
    (fromSite ? (knownPublisher(fromSite.en, registry.documents) ?? { ...fromSite }) : null) ??
    (kind === 'official' && /\/END\//.test(part.endMark ?? '') ? knownPublisher('Ministry of Foreign Affairs', registry.documents) : null);
  if (!publisher) warnings.push(printed ? t.newPublisher(printed) : t.noPublisher);
  const republished = part.republication
    ? { publisher: knownPublisher(part.republication, registry.documents, 'republisher'), notice: part.republication }
    : undefined;

  const translation = translationOf(part, original);
  // Where the page links its other language version, that is where the original is published.
  const originalUrl = translation.from ? context.alternates?.[translation.from] : undefined;
  if (originalUrl) translation.originalUrl = originalUrl;
  const meeting = meetingOf(part, title, lead, published, registry, warnings, t, guessed);
  // Not the title: English headlines capitalise every word, so any word after a title would look like a name.
  const suggestions = unknownPeople(text(part.body), registry);
  for (const s of suggestions) {
    const r = s.record;
    const fields = [`id: ${r.id}`, `name: { ko: ${r.name.ko ?? '…'}, en: ${r.name.en ?? '…'} }`, `country: ${r.country ?? '…'}`].join(', ');
    warnings.push(t.unknownPerson([s.name.ko, s.name.en].filter(Boolean).join(' / '), r.id, fields));
  }
  if (kind === 'blog') warnings.push(t.blogNote);

  return {
    lang: part.lang,
    title,
    deck: part.deck.map((l) => l.text),
    published,
    ...(publishedTime ? { publishedTime } : {}),
    source: {
      kind,
      publisher,
      ...(printed && !publisher ? { publisherAsPrinted: printed } : {}),
      ...((part.sourceLine?.url ?? context.url) ? { url: part.sourceLine?.url ?? context.url } : {}),
      ...(part.author ? { author: part.author } : {}),
      ...(part.section ? { section: part.section } : {}),
      ...(republished ? { republished } : {}),
    },
    translation,
    meeting,
    body: part.body,
    suggestions,
    warnings,
    guessed,
  };
}

function kindOf(part: Part, site: SourceKind | undefined): SourceKind {
  if (part.endMark || part.republication || /외교부|Ministry of Foreign Affairs|대통령실|청와대/.test(part.published?.rest ?? '')) return 'official';
  if (part.sourceLine) return 'blog';
  return site ?? 'news';
}

function translationOf(part: Part, original?: Extracted): Extracted['translation'] {
  const notice = part.translationNotice;
  if (original && notice) {
    const by = /구글|google/i.test(notice) ? 'Google Translate' : /파파고|papago/i.test(notice) ? 'Papago' : /deepl/i.test(notice) ? 'DeepL' : undefined;
    return { status: 'machine', from: original.lang, ...(by ? { by } : {}), notice };
  }
  if (notice) return { status: 'unofficial', from: part.lang === 'en' ? 'ko' : 'en', notice };
  // A ministry's English release (`/END/`) is its official translation of the Korean one.
  if (part.lang === 'en' && /\/END\//.test(part.endMark ?? '')) return { status: 'official', from: 'ko' };
  return { status: 'original' };
}

function meetingOf(
  part: Part,
  title: string,
  lead: string,
  published: string | null,
  registry: Registry,
  warnings: string[],
  t: ImportMessages,
  guessed: string[],
): FoundMeeting {
  const head = `${title}\n${part.deck.map((d) => d.text).join('\n')}`;
  const body = text(part.body);
  const pub = published ?? undefined;
  // A news agency's dateline (`SEOUL, Nov. 3 (Yonhap) --`) dates the story, not the meeting: weekdays and
  // days of the month are counted from it, and it is no candidate itself.
  const dateline = datelineOf(lead);
  const reference = dateline && pub ? (resolveYear(dateline.month, dateline.day, pub) ?? pub) : pub;
  const leadText = dateline ? lead.slice(dateline.text.length) : lead;
  const dates = meetingDates(firstSentence(leadText), reference);
  const more = dates.length ? dates : meetingDates(leadText, reference);
  const best = [...more].sort((a, b) => b.strength - a.strength)[0] as MeetingDate | undefined;
  const date = best ?? meetingDates(body, reference)[0];
  if (!date) warnings.push(published ? t.noMeetingDate : t.noMeetingYear);
  // A weekday or a day of the month alone, or a date from further in the text, is counted, not read.
  if (date && (date.strength === 1 || !more.includes(date))) guessed.push('meeting.date');

  const format = formatOf(head, leadText);
  const kind = kindOfMeeting(title);

  const finder = new NameMatcher(registry.people);
  // A bracketed lead runs into the first word (`기자]강경화`): separate them so the name is a word.
  const namesIn = `${title} ${lead}`.replace(/([\])])(?=\S)/g, '$1 ');
  const ids = [...new Set([...finder.find(namesIn), ...byFamilyName(namesIn, registry.people)])];
  const people = ids.map((id) => registry.people.find((p) => p.id === id)!);
  const on = date?.date ?? published ?? '';
  let participants = people.map((p) => ({ person: p.id, side: p.country, role: roleAt(p, on) }));

  // The level: the first title of office in the headline, else the Korean participant's role, else the lead's.
  const korean = participants.find((p) => p.side === 'kr' && p.role);
  const fromHeadline = levelIn(head);
  const level = fromHeadline ?? (korean ? levelIn(korean.role!.en) : undefined) ?? levelIn(firstSentence(leadText)) ?? null;
  if (!level) warnings.push(t.noLevel);
  else if (!fromHeadline) guessed.push('meeting.level');

  // The counterparts: the countries the headline pairs with Korea, else the lead's, else the participants'.
  const countries = new CountryFinder(registry.countries);
  const named = counterpartsOf(title, head, leadText, countries);
  const sides = participants.map((p) => p.side).filter((s) => s !== 'kr');
  const counterparts = new Set<string>(named.length ? named : sides.length ? sides : countries.namedIn(title));
  if (counterparts.size && !countries.inTitle(head).length) guessed.push('meeting.counterparts');
  if (counterparts.size === 0) warnings.push(t.noCounterpart);
  const others = participants.filter((p) => p.side !== 'kr' && !counterparts.has(p.side));
  if (others.length) {
    warnings.push(t.otherMeeting([...new Set(others.map((p) => p.side))].join(', '), others.map((p) => p.person).join(', ')));
    participants = participants.filter((p) => !others.includes(p));
  }
  for (const p of participants) if (!p.role) warnings.push(t.noRole(p.person, on));
  const newPeople = newParticipants(namesIn, part.lang, registry, {
    counterparts: [...counterparts],
    level,
    koreanKnown: participants.some((p) => p.side === 'kr'),
  }).filter((n) => n.side === 'kr' || counterparts.has(n.side) || counterparts.size === 0);

  const countryNamed = (name: string) =>
    registry.countries.find((c) => [c.name.ko, c.name.en, c.short.en, ...c.variants.ko, ...c.variants.en].includes(name))?.id;
  const printedPlace = format === 'in-person' ? (placeIn(`${head}\n${firstSentence(leadText)}`, countryNamed) ?? placeIn(leadText, countryNamed)) : undefined;
  // A release names the place when the minister is abroad (방문 중인, in Tokyo); with none named, the meeting
  // was at home: Korea, to be checked.
  const place = printedPlace ?? (format === 'in-person' ? { country: 'kr' } : undefined);
  if (format === 'in-person' && !printedPlace) {
    warnings.push(t.placeAtHome);
    guessed.push('meeting.place');
  }
  const about = `${head}\n${leadText}`;
  const occasion =
    /([^,.…\n]{2,60}?)\s?계기/
      .exec(about)?.[1]
      ?.replace(/^.*?(?:장관|차관|관은|은|는),?\s/, '')
      .trim() ?? /on the (?:occasion|sidelines|margins) of (?:the )?([^,.\n]{3,80})/i.exec(about)?.[1]?.trim();

  const duration = durationMinutes(body.split('\n').slice(0, 4).join('\n'));
  const partOfDay = date?.partOfDay ?? partOfDayIn(body);
  const found: FoundMeeting = {
    date: date?.date ?? null,
    ...(partOfDay ? { partOfDay } : {}),
    ...(date?.time ? { time: date.time } : {}),
    ...(duration ? { durationMinutes: duration } : {}),
    format,
    kind,
    level,
    counterparts: [...counterparts].sort(),
    participants,
    ...(place ? { place } : {}),
    ...(occasion ? { occasion } : {}),
    ...(newPeople.length ? { newPeople } : {}),
  };
  const existing = registry.meetings.find(
    (m) => m.date === found.date && m.format === found.format && found.counterparts.length > 0 && found.counterparts.every((c) => m.counterparts.includes(c)),
  );
  if (existing) found.existing = existing.id;
  return found;
}

const KO_TITLES = '(?:장관|차관|부장관|국무장관|외무대신|외무상|대사|대통령|총리|특별대표|보좌관|부보좌관|차관보)';
const EN_TITLES = '(?:Minister|Vice Minister|Secretary|Deputy Secretary|Ambassador|President|Prime Minister|Foreign Minister|Special Representative)';

/**
 * People named by family name and title (`블링컨 국무장관`, `Secretary Blinken`), as leads often do after the
 * first mention. Only family names that one person in the registry has, and Hangul ones of two syllables or
 * more: 김 차관 could be anyone.
 */
function byFamilyName(text: string, people: readonly PersonData[]): string[] {
  const count = (f: (p: PersonData) => string | undefined) => {
    const n = new Map<string, number>();
    for (const p of people) {
      const name = f(p);
      if (name) n.set(name, (n.get(name) ?? 0) + 1);
    }
    return n;
  };
  const ko = count((p) => p.family?.ko);
  const en = count((p) => p.family?.en);
  const found: { id: string; at: number }[] = [];
  for (const p of people) {
    if (!p.family) continue;
    if (p.family.ko.length >= 2 && ko.get(p.family.ko) === 1) {
      const m = new RegExp(`(?<![가-힣])${escapeRegExp(p.family.ko)}\\s?(?:[가-힣]{1,6}\\s)?${KO_TITLES}`).exec(text);
      if (m) found.push({ id: p.id, at: m.index });
    }
    if (en.get(p.family.en) === 1) {
      const m = new RegExp(`\\b${EN_TITLES}\\s+${escapeRegExp(p.family.en)}\\b`).exec(text);
      if (m) found.push({ id: p.id, at: m.index });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.id);
}

/** The role a person held on a date, from the registry's dated roles. */
export function roleAt(p: PersonData, date: string): Bilingual | null {
  const month = date.slice(0, 7);
  const role =
    p.roles.find((r) => (!r.from || r.from.slice(0, 7) <= month) && (!r.to || r.to.slice(0, 7) >= month)) ?? (p.roles.length === 1 ? p.roles[0] : undefined);
  return role ? role.title : null;
}

function partOfDayIn(body: string): PartOfDay | undefined {
  const m = /이날\s(오전|오후|저녁)|in the (morning|afternoon|evening)/.exec(body);
  if (!m) return undefined;
  const w = m[1] ?? m[2];
  return w === '오전' || w === 'morning' ? 'morning' : w === '오후' || w === 'afternoon' ? 'afternoon' : 'evening';
}

const NAME_WORD = '(?:\\p{Lu}\\p{Ll}+(?:-\\p{L}\\p{Ll}+)?|\\p{Lu}\\.)';
const TITLES_EN = new RegExp(
  `\\b(?:President|Prime Minister|Foreign Minister|Minister|Vice Minister|Deputy Secretary|Secretary of State|Secretary|Ambassador|Special Representative|Deputy National Security Advisor|National Security Advisor)\\s+(${NAME_WORD}(?: ${NAME_WORD}){1,3})`,
  'gu',
);

function suggestedRecord(name: { ko?: string; en?: string }, near: string, countries: readonly CountryData[]): SuggestedPerson['record'] {
  const id = personId(name.en ?? '');
  const country = countries.find(
    (c) => c.id !== 'kr' && [c.name.ko, c.name.en, c.short.en, ...c.variants.ko, ...c.variants.en].some((f) => f.length > 1 && near.includes(f)),
  )?.id;
  return { id, name, ...(country ? { country } : {}) };
}

/** Names printed with their romanization (`커트 캠벨(Kurt M. Campbell)`) or after an English title, that the registry lacks. */
export function unknownPeople(text: string, registry: Registry): SuggestedPerson[] {
  const known = new Set(registry.people.flatMap((p) => [p.name.ko, p.name.en, ...p.variants.ko, ...p.variants.en]));
  const finder = new NameMatcher(registry.people);
  const out = new Map<string, SuggestedPerson>();
  const isKnown = (name: string) => known.has(name) || finder.find(name).length > 0 || [...known].some((k) => k.length > 3 && name.startsWith(`${k} `));
  for (const m of text.matchAll(new RegExp(`((?:[가-힣]{1,6} ){0,2}[가-힣]{2,6})\\s?\\((${NAME_WORD}(?: ${NAME_WORD}){1,3})\\)`, 'gu'))) {
    const en = m[2]!;
    // The Korean name is the last one to three words before the parenthesis; drop words that are titles.
    const ko = m[1]!
      .split(' ')
      .filter((w) => !/(?:장관|차관|대사|대통령|총리|기자|위원장|국무부|외교부|관은|관과)$/.test(w))
      .slice(-2)
      .join(' ');
    if (isKnown(en) || (ko && isKnown(ko))) continue;
    if (/^[A-Z]{2,}$/.test(en)) continue; // an acronym: (NCG), (APEC)
    const context = text.slice(Math.max(0, m.index - 20), m.index + m[0].length + 20).replace(/\s+/g, ' ');
    const name = { ...(ko ? { ko } : {}), en };
    out.set(en, { name, context, record: suggestedRecord(name, text.slice(m.index, m.index + m[0].length + 20), registry.countries) });
  }
  for (const m of text.matchAll(TITLES_EN)) {
    const en = m[1]!;
    if (isKnown(en) || [...out.values()].some((s) => s.name.en === en)) continue;
    if (registry.people.some((p) => p.family?.en === en || p.name.en.endsWith(` ${en}`))) continue;
    if (!/\s/.test(en)) continue;
    const context = text.slice(Math.max(0, m.index - 10), m.index + m[0].length + 10).replace(/\s+/g, ' ');
    out.set(en, {
      name: { en },
      context,
      record: suggestedRecord({ en }, text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20), registry.countries),
    });
  }
  return [...out.values()];
}
