import type { z } from 'astro/zod';
import {
  countrySchema,
  documentSchema,
  meetingSchema,
  officeSchema,
  personSchema,
  topicSchema,
  type CountryData,
  type DocumentData,
  type MeetingData,
  type OfficeData,
  type PersonData,
  type TopicData,
} from '../../schemas/index.ts';
import { overlappingTenures, roleOrderProblems, tenuresOf } from '../model/offices.ts';
import type { ArchiveData, DocumentVersion } from '../model/archive.ts';
import { characterProblems } from './characters.ts';
import { problemsFromZod, type Problem } from './problems.ts';
import type { CollectionName, RawContent, RawRecord } from './read-fs.ts';


interface Located<T> {
  file: string;
  data: T;
}

type Parsed = {
  documents: Located<DocumentVersion>[];
  meetings: Located<MeetingData>[];
  people: Located<PersonData>[];
  countries: Located<CountryData>[];
  topics: Located<TopicData>[];
  offices: Located<OfficeData>[];
};

/** Ids of records that failed their schema: still known, so references to them do not add a second error. */
type KnownIds = Set<string>;

function parseAll<T>(records: RawRecord[], schema: z.ZodType<T>, problems: Problem[], known: KnownIds = new Set()): Located<T>[] {
  const out: Located<T>[] = [];
  for (const record of records) {
    if (record.unread) {
      // Reported when it was read; known by the id its file is named for (meetings/<id>.yaml).
      known.add((record.file.split(/[\\/]/).pop() ?? '').replace(/\.(?:ya?ml|md)$/, ''));
      continue;
    }
    if (record.data === null || typeof record.data !== 'object' || Array.isArray(record.data)) {
      problems.push({ file: record.file, field: '(file)', message: 'must hold one record: a YAML mapping of field: value lines' });
      continue;
    }
    const result = schema.safeParse(record.data, { reportInput: true });
    const unshowable = characterProblems(record.file, record.data, record.body);
    if (result.success && unshowable.length) {
      problems.push(...unshowable);
      const id = (record.data as { id?: unknown }).id;
      if (typeof id === 'string') known.add(id);
    } else if (result.success) {
      out.push({ file: record.file, data: result.data });
    } else {
      problems.push(...problemsFromZod(record.file, result.error));
      const id = (record.data as { id?: unknown }).id;
      if (typeof id === 'string') known.add(id);
    }
  }
  return out;
}

function checkDuplicates<T>(items: Located<T>[], key: (d: T) => string, what: string, problems: Problem[]): void {
  const seen = new Map<string, string>();
  for (const { file, data } of items) {
    const k = key(data);
    const first = seen.get(k);
    if (first) problems.push({ file, field: 'id', message: `duplicate ${what} "${k}": ${first} already uses it; give one of them another id` });
    else seen.set(k, file);
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** Checks that span records: ids are unique, references resolve, language versions agree. */
export function crossCheck(p: Parsed, failed: Partial<Record<CollectionName, KnownIds>> = {}): Problem[] {
  const problems: Problem[] = [];
  checkDuplicates(p.documents, (d) => `${d.id}" in language "${d.lang}`, 'document id', problems);
  checkDuplicates(p.meetings, (d) => d.id, 'meeting id', problems);
  checkDuplicates(p.people, (d) => d.id, 'person id', problems);
  checkDuplicates(p.countries, (d) => d.id, 'country code', problems);
  checkDuplicates(p.topics, (d) => d.id, 'topic id', problems);
  checkDuplicates(p.offices, (d) => d.id, 'office id', problems);

  const ids = (name: Exclude<CollectionName, 'documents'>) => new Set([...p[name].map((r) => r.data.id), ...(failed[name] ?? [])]);
  const meetings = ids('meetings');
  const people = ids('people');
  const countries = ids('countries');
  const topics = ids('topics');
  const offices = ids('offices');
  const unknown = (file: string, field: string, what: string, id: string, folder: string) =>
    problems.push({ file, field, message: `unknown ${what} "${id}": add content/${folder}/${id}.yaml or correct the id` });

  for (const { file, data } of p.documents) {
    data.meetings.forEach((id, i) => meetings.has(id) || unknown(file, `meetings[${i}]`, 'meeting', id, 'meetings'));
    data.topics.forEach((id, i) => topics.has(id) || unknown(file, `topics[${i}]`, 'topic', id, 'topics'));
  }
  for (const { file, data } of p.meetings) {
    data.counterparts.forEach((c, i) => countries.has(c) || unknown(file, `counterparts[${i}]`, 'country', c, 'countries'));
    if (data.place && !countries.has(data.place.country)) unknown(file, 'place.country', 'country', data.place.country, 'countries');
    data.participants.forEach((pt, i) => {
      if (!people.has(pt.person)) unknown(file, `participants[${i}].person`, 'person', pt.person, 'people');
      if (!countries.has(pt.side)) unknown(file, `participants[${i}].side`, 'country', pt.side, 'countries');
    });
    data.related.forEach((id, i) => {
      if (id === data.id) problems.push({ file, field: `related[${i}]`, message: 'a meeting cannot be related to itself: remove this entry' });
      else if (!meetings.has(id)) unknown(file, `related[${i}]`, 'meeting', id, 'meetings');
    });
  }
  for (const { file, data } of p.people) {
    if (!countries.has(data.country)) unknown(file, 'country', 'country', data.country, 'countries');
    data.roles.forEach((r, i) => r.office && !offices.has(r.office) && unknown(file, `roles[${i}].office`, 'office', r.office, 'offices'));
    for (const problem of roleOrderProblems(data)) problems.push({ file, ...problem });
  }
  for (const { file, data } of p.offices) {
    if (!countries.has(data.country)) unknown(file, 'country', 'country', data.country, 'countries');
  }
  // One holder at a time: a term ends before the next begins (a hand-over within one month is no overlap).
  const fileOf = new Map(p.people.map((r) => [r.data.id, r.file]));
  const tenures = tenuresOf(p.people.map((r) => r.data));
  for (const office of new Set(tenures.map((t) => t.office))) {
    for (const [earlier, later] of overlappingTenures(tenures.filter((t) => t.office === office))) {
      const term = `${earlier.from} – ${earlier.to ?? 'still in office'}`;
      problems.push({
        file: fileOf.get(later.person)!,
        field: `roles[${later.role}].from`,
        message: `this term in office "${office}" (from ${later.from}) overlaps ${earlier.person === later.person ? 'another of this person’s' : `${earlier.person}’s`} (${fileOf.get(earlier.person)} roles[${earlier.role}]: ${term}): one holder at a time — correct the dates, or give the earlier term its end (to:)`,
      });
    }
  }

  // Language versions of one document must tell one story.
  const versions = new Map<string, Located<DocumentVersion>[]>();
  for (const d of p.documents) versions.set(d.data.id, [...(versions.get(d.data.id) ?? []), d]);
  for (const [id, list] of versions) {
    const [first, ...rest] = list;
    if (!first) continue;
    for (const other of rest) {
      if (!sameList(first.data.meetings, other.data.meetings)) {
        problems.push({
          file: other.file,
          field: 'meetings',
          message: `language versions of document "${id}" disagree: ${other.data.lang} names [${other.data.meetings.join(', ')}] but ${first.file} (${first.data.lang}) names [${first.data.meetings.join(', ')}]; give both the same meetings`,
        });
      }
    }
    for (const { file, data } of list) {
      const t = data.translation;
      if (t.status === 'original' || !t.from) continue;
      if (t.from === data.lang) {
        problems.push({ file, field: 'translation.from', message: `a ${data.lang} version cannot be translated from ${t.from}: name the original's language` });
        continue;
      }
      const original = list.find((v) => v.data.lang === t.from);
      // The issuer's own translation stands on its own until its original arrives; a machine translation
      // is only as good as the original beside it.
      if (!original) {
        if (t.status === 'machine') {
          problems.push({ file, field: 'translation.from', message: `this machine translation's original is missing: add the ${t.from} version of document "${id}" (lang: ${t.from}, translation.status: original)` });
        }
        continue;
      }
      if (original.data.translation.status !== 'original') {
        problems.push({ file, field: 'translation.from', message: `the ${t.from} version (${original.file}) is not marked as the original (translation.status: original)` });
      }
    }
  }
  return problems;
}

export function validateContent(raw: RawContent): { data: ArchiveData; problems: Problem[] } {
  const problems: Problem[] = [];
  const bodies = new Map(raw.documents.map((r) => [r.file, r.body ?? '']));
  const documents = parseAll(raw.documents, documentSchema, problems).map((d) => ({
    file: d.file,
    data: { ...d.data, body: bodies.get(d.file) ?? '' },
  }));
  const failed = { meetings: new Set<string>(), people: new Set<string>(), countries: new Set<string>(), topics: new Set<string>(), offices: new Set<string>() };
  const parsed: Parsed = {
    documents,
    meetings: parseAll(raw.meetings, meetingSchema, problems, failed.meetings),
    people: parseAll(raw.people, personSchema, problems, failed.people),
    countries: parseAll(raw.countries, countrySchema, problems, failed.countries),
    topics: parseAll(raw.topics, topicSchema, problems, failed.topics),
    offices: parseAll(raw.offices, officeSchema, problems, failed.offices),
  };
  problems.push(...crossCheck(parsed, failed));
  const pick = <K extends CollectionName>(k: K) => parsed[k].map((r) => r.data) as ArchiveData[K];
  return {
    data: {
      documents: pick('documents'),
      meetings: pick('meetings'),
      people: pick('people'),
      countries: pick('countries'),
      topics: pick('topics'),
      offices: pick('offices'),
    },
    problems,
  };
}
