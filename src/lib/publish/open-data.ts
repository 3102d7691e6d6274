/**
 * The open-data files under /data/, built from the same records as the pages. Each builder is typed by its
 * file's schema (src/schemas/open-data.ts), which the published JSON Schema is generated from. Ids are the
 * content's own ids, so they stay stable from one build to the next; URLs are page paths under the deploy base.
 * Optional values are null, never missing keys, so every entry of a file has the same keys.
 */
import { LANGS, type Lang } from '../../schemas/common.ts';
import {
  GENERATOR,
  type CountriesFile,
  type DocumentEntry,
  type DocumentsFile,
  type MeetingsFile,
  type OfficesFile,
  type PeopleFile,
  type TopicsFile,
  type TripsFile,
  type VisitsFile,
} from '../../schemas/open-data.ts';
import type { Archive, DocumentGroup } from '../model/archive.ts';
import { meetingRecords } from '../model/meetings.ts';
import { paths, withBase } from '../model/urls.ts';

/** The open-data files, by file name under /data/ (src/lib/publish/open-data-files.ts writes them). */
export const OPEN_DATA_FILES = [
  'meetings.json',
  'documents.json.gz',
  'people.json',
  'countries.json',
  'topics.json',
  'offices.json',
  'trips.json',
  'visits.json',
  'meetings.csv',
  'documents.csv',
] as const;

/** A page's path in both languages, under the deploy base. */
export function bothPages(base: string, page: (lang: Lang) => string): { ko: string; en: string } {
  return { ko: withBase(base, page('ko')), en: withBase(base, page('en')) };
}

/** `data/meetings.json`: the meeting records behind the meeting index, with URLs that work under the deploy base. */
export function meetingsOpenData(archive: Archive, base: string): MeetingsFile {
  const meetings = meetingRecords(archive).map((m) => ({
    ...m,
    documents: m.documents.map((doc) => ({ ...doc, url: withBase(base, doc.url) })),
  }));
  return { generator: GENERATOR, count: meetings.length, meetings };
}

function documentEntry(group: DocumentGroup, base: string): DocumentEntry {
  const { primary } = group;
  const versions = LANGS.flatMap((lang) => {
    const v = group.versions[lang];
    if (!v) return [];
    return [
      {
        lang,
        title: v.title,
        deck: [...v.deck],
        published: v.published,
        publishedTime: v.publishedTime ?? null,
        translation: {
          status: v.translation.status,
          from: v.translation.from ?? null,
          by: v.translation.by ?? null,
          notice: v.translation.notice ?? null,
          originalUrl: v.translation.originalUrl ?? null,
        },
        sourceUrl: v.source.url ?? null,
        capture: v.source.capture ? { sha256: v.source.capture.sha256, captured: v.source.capture.captured } : null,
        republished: v.source.republished ? { publisher: { ...v.source.republished.publisher }, notice: v.source.republished.notice } : null,
        url: withBase(base, paths.document(lang, group.id)),
        // Astro hands pages the body trimmed, the content checks untrimmed: trim so both give the same file.
        text: v.body.trim(),
      },
    ];
  });
  return {
    id: group.id,
    kind: primary.source.kind,
    // Meetings and topics are the primary version's, as on the site's pages.
    meetings: [...primary.meetings],
    topics: [...primary.topics],
    issuer: { ...primary.issuer },
    publisher: { ...primary.source.publisher },
    sourceUrl: primary.source.url ?? null,
    author: primary.source.author ?? null,
    section: primary.source.section ?? null,
    note: primary.note ? { ...primary.note } : null,
    original: versions.find((v) => v.translation.status === 'original')?.lang ?? null,
    versions,
  };
}

/** `data/documents.json.gz` (gzip-compressed JSON): every document with all its language versions and their texts. */
export function documentsOpenData(archive: Archive, base: string): DocumentsFile {
  const documents = archive.documentsNewestFirst.map((g) => documentEntry(g, base));
  return { generator: GENERATOR, count: documents.length, documents };
}

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

/** `data/people.json`: the people registry, with the meetings each person took part in. */
export function peopleOpenData(archive: Archive, base: string): PeopleFile {
  const people = [...archive.input.people].sort(byId).map((p) => ({
    id: p.id,
    name: { ...p.name },
    family: p.family ? { ...p.family } : null,
    variants: { ko: [...p.variants.ko], en: [...p.variants.en] },
    country: p.country,
    roles: p.roles.map((r) => ({ title: { ...r.title }, office: r.office ?? null, from: r.from ?? null, to: r.to ?? null })),
    incomplete: p.incomplete,
    meetings: archive.meetingsOf(p.id).map((m) => m.id),
    url: bothPages(base, (lang) => paths.person(lang, p.id)),
  }));
  return { generator: GENERATOR, count: people.length, people };
}

/** `data/countries.json`: the countries registry, with the meetings held with each and its people. */
export function countriesOpenData(archive: Archive, base: string): CountriesFile {
  const counterparts = new Set(archive.counterpartCountries().map((c) => c.id));
  const countries = [...archive.input.countries].sort(byId).map((c) => ({
    id: c.id,
    name: { ...c.name },
    short: { ...c.short },
    variants: { ko: [...c.variants.ko], en: [...c.variants.en] },
    adjectives: [...c.adjectives],
    meetings: archive.meetingsWith(c.id).map((m) => m.id),
    people: archive.peopleOf(c.id).map((p) => p.id),
    // Only counterpart countries have pages (the site has none for Korea itself or a country only hosting).
    url: counterparts.has(c.id) ? bothPages(base, (lang) => paths.country(lang, c.id)) : null,
  }));
  return { generator: GENERATOR, count: countries.length, countries };
}

/** `data/topics.json`: the topics registry, with the documents on each and the meetings they report. */
export function topicsOpenData(archive: Archive, base: string): TopicsFile {
  const topics = [...archive.input.topics].sort(byId).map((t) => {
    const on = archive.documentsOn(t.id);
    return {
      id: t.id,
      name: { ...t.name },
      documents: on.map((g) => g.id),
      meetings: archive.meetingsOn(t.id).map((m) => m.id),
      // The site makes a topic page only for a topic some document carries.
      url: on.length ? bothPages(base, (lang) => paths.topic(lang, t.id)) : null,
    };
  });
  return { generator: GENERATOR, count: topics.length, topics };
}

/** `data/offices.json`: every office with its holders in order, as the office pages show them (src/lib/model/offices.ts). */
export function officesOpenData(archive: Archive, base: string): OfficesFile {
  const offices = [...archive.input.offices].sort(byId).map((o) => ({
    id: o.id,
    name: { ...o.name },
    country: o.country,
    rank: o.rank,
    holders: archive.holdersOf(o.id).map((t) => ({
      person: t.person,
      title: { ...t.title },
      from: t.from ?? null,
      to: t.to ?? null,
      meetings: archive.meetingsInTerm(t).map((m) => m.id),
    })),
    url: bothPages(base, (lang) => paths.office(lang, o.id)),
  }));
  return { generator: GENERATOR, count: offices.length, offices };
}

/** `data/trips.json`: every trip abroad, as the trips pages show it (src/lib/model/trips.ts). */
export function tripsOpenData(archive: Archive, base: string): TripsFile {
  const trips = archive.trips.map((t) => ({
    id: t.id,
    traveller: t.traveller,
    start: t.start,
    end: t.end,
    stops: t.stops.map((s) => ({
      country: s.country,
      city: s.city ? { ...s.city } : null,
      occasion: s.occasion ? { ...s.occasion } : null,
      from: s.from,
      to: s.to,
      meetings: [...s.meetings],
    })),
    meetings: [...t.meetings],
    url: bothPages(base, (lang) => paths.trip(lang, t.id)),
  }));
  return { generator: GENERATOR, count: trips.length, trips };
}

/** `data/visits.json`: every visit to Korea, as the visits pages show it. */
export function visitsOpenData(archive: Archive, base: string): VisitsFile {
  const visits = archive.visits.map((v) => ({ ...v, meetings: [...v.meetings], url: bothPages(base, (lang) => paths.visit(lang, v.id)) }));
  return { generator: GENERATOR, count: visits.length, visits };
}
