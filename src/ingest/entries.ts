/**
 * Stage 5 of an import: extracted facts → archive entries (document versions and a meeting record), checked
 * against the archive's own schemas. An entry that fails them is not written; each problem names the field
 * and the fix. A version whose other language is already in the archive is paired with it.
 */
import type { Lang } from '../schemas/common.ts';
import { documentSchema, meetingSchema, type MeetingData } from '../schemas/index.ts';
import type { DocumentVersion } from '../lib/model/archive.ts';
import { fieldPath } from '../lib/content/problems.ts';
import { monthDays } from './dates.ts';
import type { Extracted, FoundMeeting, Registry } from './extract.ts';
import { blocksToMarkdown } from './markdown.ts';
import { IMPORT_MESSAGES, type ImportMessages } from './messages.ts';
import type { Bilingual } from '../schemas/common.ts';

export interface DocumentEntry {
  /** Frontmatter, in the field order of the archive's hand-made entries. */
  data: Record<string, unknown>;
  body: string;
  path: string;
}

export interface MeetingEntry {
  data: Record<string, unknown>;
  path: string;
}

/** A person record started from the page (--add-people), marked incomplete. */
export interface PersonEntry {
  data: Record<string, unknown>;
  path: string;
}

export interface Pairing {
  /** The document the page is another language version of. */
  id: string;
  lang: Lang;
  /** What matched: meeting date, counterparts, participants. */
  reasons: string[];
}

export interface Built {
  documents: DocumentEntry[];
  meeting?: MeetingEntry;
  /** People the registry lacked, written as incomplete records (--add-people). */
  people: PersonEntry[];
  /** The raw page kept as evidence (--keep-capture). */
  capture?: { path: string; text: Uint8Array };
  pairing?: Pairing;
  /** Problems that stop the entry from being written: field and why. */
  errors: { field: string; message: string }[];
  warnings: string[];
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const LEVEL_WORDS: Record<string, string> = {
  summit: 'summit',
  minister: 'foreign-ministers',
  'vice-minister': 'vice-ministers',
  'senior-official': 'senior-officials',
  working: 'working-level',
};

/** `kr-us-vice-ministers`, `kr-us-foreign-ministers-call`: what the meeting was, for ids. */
export function meetingSlug(m: FoundMeeting): string {
  const what = m.kind === 'roundtable' ? 'roundtable' : m.kind === 'call-on' ? 'call-on' : (LEVEL_WORDS[m.level ?? ''] ?? 'meeting');
  const how = m.format === 'telephone' ? '-call' : m.format === 'video' ? '-video' : '';
  return ['kr', ...m.counterparts, `${what}${how}`].join('-');
}

/** A short name for the publisher in ids: its English name's initials when long (mofa), else its words. */
export function publisherSlug(publisher: Bilingual | null, url?: string, kind = 'source'): string {
  const en = publisher?.en.replace(/\([^)]*\)/g, '').trim();
  if (en && /^[\x20-\x7e]+$/.test(en)) {
    const words = slug(en).split('-').filter(Boolean);
    return words.length > 3 ? words.map((w) => w[0]).join('') : words.join('-');
  }
  const host = url ? /^https?:\/\/(?:www\.)?([^/.]+)/.exec(url)?.[1] : undefined;
  return host ? slug(host) : kind;
}

/** The archive's document the page is another language version of: same meeting, other language. */
export function findPairing(x: Extracted, registry: Registry, t: ImportMessages = IMPORT_MESSAGES.en): Pairing | undefined {
  let best: (Pairing & { score: number }) | undefined;
  const people = new Set(x.meeting.participants.map((p) => p.person));
  const mentioned = new Set(monthDays(x.body.map((b) => b.text).join('\n')));
  for (const doc of registry.documents) {
    if (doc.lang === x.lang) continue;
    if (registry.documents.some((d) => d.id === doc.id && d.lang === x.lang)) continue;
    for (const id of doc.meetings.slice(0, 1)) {
      const m = registry.meetings.find((mm) => mm.id === id);
      if (!m) continue;
      const reasons: string[] = [];
      if (x.meeting.date) {
        if (x.meeting.date !== m.date) continue;
        reasons.push(t.reasonDate(m.date));
      } else if (mentioned.has(m.date.slice(5))) {
        reasons.push(t.reasonMonthDay(m.date.slice(5)));
      } else continue;
      if (!x.meeting.counterparts.length || !x.meeting.counterparts.every((c) => m.counterparts.includes(c))) continue;
      reasons.push(t.reasonCounterparts(m.counterparts.join(', ')));
      const common = m.participants.filter((p) => people.has(p.person)).map((p) => p.person);
      if (common.length === 0) continue;
      reasons.push(t.reasonParticipants(common.join(', ')));
      if (x.published && doc.published !== x.published) reasons.push(t.reasonPublished(x.published, doc.lang, doc.published));
      const score = common.length + (x.meeting.date ? 2 : 1) + (x.source.kind === doc.source.kind ? 1 : 0);
      if (!best || score > best.score) best = { id: doc.id, lang: doc.lang, reasons, score };
    }
  }
  if (!best) return undefined;
  const { score: _score, ...pairing } = best;
  return pairing;
}

/** The entries for one page's versions (an original, and the translation printed after it, if any). */
export function buildEntries(versions: Extracted[], registry: Registry, options: { pair?: boolean; addPeople?: boolean; t?: ImportMessages } = {}): Built {
  const t = options.t ?? IMPORT_MESSAGES.en;
  const errors: Built['errors'] = [];
  const warnings: string[] = [];
  const first = versions[0]!;
  const pairing = findPairing(first, registry, t);
  const paired = pairing && options.pair ? registry.documents.find((d) => d.id === pairing.id && d.lang === pairing.lang) : undefined;
  if (pairing && !options.pair) warnings.push(t.pairsWith(pairing.lang, pairing.id, pairing.reasons.join('; '), first.lang));

  // The meeting: the pair's, or one the archive has, or a new record.
  const { meetingIds, meeting, people } = paired
    ? { meetingIds: paired.meetings, people: [] }
    : first.meeting.existing
      ? { meetingIds: [first.meeting.existing], people: [] }
      : newMeeting(first, registry, !!options.addPeople, { t, errors, warnings });

  const published = first.published ?? paired?.published ?? null;
  const id =
    paired?.id ?? `${published ?? 'undated'}-${publisherSlug(first.source.publisher, first.source.url, first.source.kind)}-${meetingSlug(first.meeting)}`;
  if (!paired && registry.documents.some((d) => d.id === id && versions.some((v) => v.lang === d.lang))) {
    warnings.push(t.alreadyHolds(id));
  }
  const documents = versions.map((v, i) => documentEntry(v, { id, published, meetingIds, paired, first: i === 0 }, { t, errors, warnings }));
  checkTranslations(versions, documents, id, paired, registry, { t, errors, warnings });
  if (!first.body.length) errors.push({ field: 'body', message: t.noBody });
  if (!first.title) errors.push({ field: 'title', message: t.noTitle });
  return { documents, ...(meeting ? { meeting } : {}), people, ...(pairing ? { pairing } : {}), errors, warnings };
}

/** Where a stage of the build reports: the messages' language, and the page's errors and warnings. */
interface Report {
  t: ImportMessages;
  errors: Built['errors'];
  warnings: string[];
}

/** A new meeting record from the page, checked against the schema; the participants the registry lacks join it as incomplete records when the archivist asks (--add-people). */
function newMeeting(
  first: Extracted,
  registry: Registry,
  addPeople: boolean,
  { t, errors, warnings }: Report,
): { meetingIds: string[]; meeting: MeetingEntry; people: PersonEntry[] } {
  const added = addPeople ? (first.meeting.newPeople ?? []) : [];
  const people: PersonEntry[] = [];
  for (const n of added) {
    people.push({ data: n.record, path: `people/${n.record.id}.yaml` });
    warnings.push(t.personAdded(n.printed, n.record.id));
  }
  const found = { ...first.meeting, participants: [...first.meeting.participants, ...added.map((n) => ({ person: n.record.id, side: n.side, role: n.role }))] };
  const record = meetingRecord(found, registry, warnings, t);
  const check = meetingSchema.safeParse(record);
  if (!check.success) {
    for (const issue of check.error.issues) {
      const field = fieldPath(issue.path);
      // The id is made from the date: one message for both.
      if (field === 'id' && check.error.issues.some((i) => fieldPath(i.path) === 'date')) continue;
      errors.push({ field: `meeting.${field}`, message: meetingFix(field, issue.message, t) });
    }
  }
  return { meetingIds: [String(record.id ?? 'unknown')], meeting: { data: record, path: `meetings/${record.id}.yaml` }, people };
}

/** One language version as a document entry, in the field order of the archive's hand-made entries, checked against the schema. */
function documentEntry(
  v: Extracted,
  doc: { id: string; published: string | null; meetingIds: string[]; paired?: DocumentVersion; first: boolean },
  { t, errors, warnings }: Report,
): DocumentEntry {
  const { id, published, meetingIds, paired } = doc;
  const publisher =
    v.source.publisher ??
    paired?.source.publisher ??
    (v.source.publisherAsPrinted ? { ko: v.source.publisherAsPrinted, en: v.source.publisherAsPrinted } : null);
  if (doc.first && !v.source.publisher && !paired && v.source.publisherAsPrinted) {
    warnings.push(t.publisherAsPrinted(v.source.publisherAsPrinted));
  }
  const translation =
    paired && v.lang === 'en' && v.source.kind === 'official' && v.translation.status === 'original'
      ? { status: 'official', from: paired.lang }
      : v.translation;
  const data: Record<string, unknown> = {
    id,
    lang: v.lang,
    title: v.title,
    ...(v.deck.length ? { deck: v.deck } : {}),
    published: published ?? undefined,
    ...(v.publishedTime ? { publishedTime: v.publishedTime } : {}),
    issuer: paired?.issuer ?? publisher ?? undefined,
    source: {
      kind: v.source.kind,
      publisher: publisher ?? undefined,
      ...(v.source.url ? { url: v.source.url } : {}),
      ...(v.source.author ? { author: v.source.author } : {}),
      ...(v.source.section ? { section: v.source.section } : {}),
      ...(v.source.republished?.publisher ? { republished: v.source.republished } : {}),
    },
    translation,
    meetings: meetingIds,
    topics: paired?.topics ?? [],
    ...(paired?.note ? { note: paired.note } : {}),
  };
  const check = documentSchema.safeParse(data);
  // A missing title has its own message (buildEntries), which says how to give one.
  if (!check.success)
    for (const issue of check.error.issues)
      if (fieldPath(issue.path) !== 'title') errors.push({ field: fieldPath(issue.path), message: documentFix(fieldPath(issue.path), issue.message, t) });
  return { data, body: blocksToMarkdown(v.body), path: `documents/${id}.${v.lang}.md` };
}

/**
 * The archive keeps a translation only beside its original (npm run check enforces it): the original must be on
 * the same page, be the paired document, or already be in the archive under the same id. The issuer's own
 * translation is kept on its own until the original arrives (pairing then joins them); a machine translation
 * is kept only beside its original.
 */
function checkTranslations(
  versions: Extracted[],
  documents: DocumentEntry[],
  id: string,
  paired: DocumentVersion | undefined,
  registry: Registry,
  { t, errors, warnings }: Report,
): void {
  for (const v of versions) {
    const { from, status } = (documents.find((d) => d.data.lang === v.lang)?.data.translation ?? {}) as { from?: Lang; status?: string };
    if (!from || from === v.lang) continue;
    const present = versions.some((o) => o.lang === from) || paired?.lang === from || registry.documents.some((d) => d.id === id && d.lang === from);
    if (present) continue;
    if (status === 'machine') errors.push({ field: 'translation.from', message: t.translationWithoutOriginal(v.lang, from) });
    else warnings.push(t.standaloneTranslation(v.lang, from));
  }
}

function meetingRecord(m: FoundMeeting, registry: Registry, warnings: string[], t: ImportMessages): Record<string, unknown> {
  const id = m.date ? `${m.date}-${meetingSlug(m)}` : undefined;
  const place = m.place ? placeRecord(m.place) : undefined;
  const occasion = m.occasion
    ? registry.meetings.find((x) => x.occasion && (x.occasion.ko === m.occasion || x.occasion.en === m.occasion))?.occasion
    : undefined;
  if (m.occasion && !occasion) warnings.push(t.newOccasion(m.occasion));
  return {
    id,
    date: m.date ?? undefined,
    ...(m.time ? { time: m.time } : {}),
    ...(m.partOfDay ? { partOfDay: m.partOfDay } : {}),
    ...(m.durationMinutes ? { durationMinutes: m.durationMinutes } : {}),
    format: m.format,
    kind: m.kind,
    level: m.level ?? undefined,
    counterparts: m.counterparts,
    ...(place ? { place } : {}),
    ...(occasion ? { occasion } : {}),
    participants: m.participants.filter((p) => p.role).map((p) => ({ person: p.person, side: p.side, role: p.role })),
  };
}

function placeRecord(place: NonNullable<FoundMeeting['place']>) {
  return place.city ? { city: { ...place.city }, country: place.country } : { country: place.country };
}

// Schema messages say what is wrong with a field; for the fields an import can miss, say how to fix it.
function documentFix(field: string, message: string, t: ImportMessages): string {
  if (field === 'published') return t.fixPublished;
  if (field.startsWith('source.publisher') || field.startsWith('issuer')) return t.fixPublisher;
  if (field === 'meetings[0]') return t.fixMeetings;
  return message;
}

function meetingFix(field: string, message: string, t: ImportMessages): string {
  if (field === 'date' || field === 'id') return t.fixMeetingDate;
  if (field === 'level') return t.fixLevel;
  if (field === 'participants') return t.fixParticipants;
  if (field === 'counterparts') return t.fixCounterparts;
  return message;
}
