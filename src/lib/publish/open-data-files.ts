/**
 * The open-data files as bytes, by file name under /data/: JSON indented for people who read it, CSV as RFC
 * 4180, and the documents with their full texts gzip-compressed — the one file that grows with the texts
 * (about 100 MB at 10,000 documents as JSON, 30 MiB compressed), so a static host's size limit is
 * not spent on it.
 */
import { gzipSync } from 'node:zlib';
import type { Archive } from '../model/archive.ts';
import {
  countriesOpenData,
  documentsOpenData,
  meetingsOpenData,
  officesOpenData,
  peopleOpenData,
  topicsOpenData,
  tripsOpenData,
  visitsOpenData,
} from './open-data.ts';
import { documentsCsv, meetingsCsv } from './open-data-csv.ts';

type Build = (archive: Archive, base: string) => unknown;
const json = (build: Build) => (archive: Archive, base: string) => Buffer.from(JSON.stringify(build(archive, base), null, 2));
// The gzip header carries no time or name (Node writes neither), so the same data gives the same bytes.
const gzipped = (build: (archive: Archive, base: string) => Buffer) => (archive: Archive, base: string) => gzipSync(build(archive, base), { level: 9 });

export const OPEN_DATA = {
  'meetings.json': { type: 'application/json; charset=utf-8', bytes: json(meetingsOpenData) },
  'documents.json.gz': { type: 'application/gzip', bytes: gzipped(json(documentsOpenData)) },
  'people.json': { type: 'application/json; charset=utf-8', bytes: json(peopleOpenData) },
  'countries.json': { type: 'application/json; charset=utf-8', bytes: json(countriesOpenData) },
  'topics.json': { type: 'application/json; charset=utf-8', bytes: json(topicsOpenData) },
  'offices.json': { type: 'application/json; charset=utf-8', bytes: json(officesOpenData) },
  'trips.json': { type: 'application/json; charset=utf-8', bytes: json(tripsOpenData) },
  'visits.json': { type: 'application/json; charset=utf-8', bytes: json(visitsOpenData) },
  // header=present: RFC 4180's MIME parameter saying the first record names the columns.
  'meetings.csv': { type: 'text/csv; charset=utf-8; header=present', bytes: (a: Archive, b: string) => Buffer.from(meetingsCsv(a, b)) },
  'documents.csv': { type: 'text/csv; charset=utf-8; header=present', bytes: (a: Archive, b: string) => Buffer.from(documentsCsv(a, b)) },
} as const;

export type OpenDataFile = keyof typeof OPEN_DATA;
