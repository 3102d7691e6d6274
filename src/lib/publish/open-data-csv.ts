/**
 * data/meetings.csv and data/documents.csv: the JSON files flattened into one table each, for spreadsheets.
 * The cells are made from the JSON entries, so a table never says something its JSON file does not.
 */
import type { DocumentEntry, MeetingsFile } from '../../schemas/open-data.ts';
import type { Archive } from '../model/archive.ts';
import { toCsv, type Cell } from './csv.ts';
import { bothPages, documentsOpenData, meetingsOpenData } from './open-data.ts';
import { paths } from '../model/urls.ts';

/** Joins ids or codes in one cell. */
export const LIST_SEPARATOR = ';';

function list(values: readonly string[]): string {
  // Ids and codes are checked against patterns without ";": one here would make the cell ambiguous.
  const bad = values.find((v) => v.includes(LIST_SEPARATOR));
  if (bad !== undefined) throw new Error(`internal: "${bad}" contains the CSV list separator`);
  return values.join(LIST_SEPARATOR);
}

export interface Column<Row> {
  name: string;
  description: string;
  value: (row: Row) => Cell;
}

type Pair = { ko: string; en: string } | null;
function bilingualColumns<Row>(name: string, description: string, of: (row: Row) => Pair): Column<Row>[] {
  return [
    { name: `${name}_ko`, description: `${description} (Korean)`, value: (r) => of(r)?.ko ?? null },
    { name: `${name}_en`, description: `${description} (English)`, value: (r) => of(r)?.en ?? null },
  ];
}

type MeetingRow = MeetingsFile['meetings'][number] & { pages: { ko: string; en: string } };

export const MEETING_COLUMNS: Column<MeetingRow>[] = [
  { name: 'id', description: 'The meeting’s id (as in meetings.json)', value: (m) => m.id },
  { name: 'date', description: 'The day of the meeting, YYYY-MM-DD', value: (m) => m.date },
  { name: 'time', description: 'Local time, HH:MM', value: (m) => m.time },
  { name: 'part_of_day', description: 'morning, afternoon or evening', value: (m) => m.partOfDay },
  { name: 'duration_minutes', description: 'How long it lasted, in minutes', value: (m) => m.durationMinutes },
  { name: 'format', description: 'in-person, telephone or video', value: (m) => m.format },
  { name: 'kind', description: 'talks, call-on or roundtable', value: (m) => m.kind },
  { name: 'level', description: 'summit, minister, vice-minister, senior-official or working', value: (m) => m.level },
  ...bilingualColumns<MeetingRow>('title', 'The meeting’s title', (m) => m.title),
  { name: 'counterparts', description: 'Country codes of the countries met', value: (m) => list(m.counterparts) },
  { name: 'place_country', description: 'Country code of the place', value: (m) => m.place?.country ?? null },
  ...bilingualColumns<MeetingRow>('place_city', 'The city', (m) => m.place?.city ?? null),
  ...bilingualColumns<MeetingRow>('place_venue', 'The venue', (m) => m.place?.venue ?? null),
  ...bilingualColumns<MeetingRow>('occasion', 'The event it was held on the occasion of', (m) => m.occasion),
  ...bilingualColumns<MeetingRow>('host', 'The host of a roundtable or forum', (m) => m.host),
  { name: 'participants', description: 'Person ids of the participants (people.json)', value: (m) => list(m.participants.map((p) => p.person)) },
  {
    name: 'participant_sides',
    description: 'The country code each participant represented, in the order of participants',
    value: (m) => list(m.participants.map((p) => p.side)),
  },
  { name: 'related', description: 'Ids of meetings of the same trip or occasion', value: (m) => list(m.related) },
  { name: 'documents', description: 'Ids of the documents reporting it (documents.json)', value: (m) => list([...new Set(m.documents.map((d) => d.id))]) },
  ...bilingualColumns<MeetingRow>('url', 'The meeting’s page', (m) => m.pages),
];

type DocumentRow = DocumentEntry['versions'][number] & { document: DocumentEntry };

export const DOCUMENT_COLUMNS: Column<DocumentRow>[] = [
  { name: 'id', description: 'The document’s id, shared by its language versions (as in documents.json)', value: (v) => v.document.id },
  { name: 'lang', description: 'The language of this version: ko or en', value: (v) => v.lang },
  { name: 'title', description: 'The title, as the source prints it', value: (v) => v.title },
  { name: 'deck', description: 'Sub-headings under a news headline, one per line', value: (v) => v.deck.join('\n') },
  { name: 'published', description: 'The day this version was published, YYYY-MM-DD', value: (v) => v.published },
  { name: 'published_time', description: 'Local time of publication, HH:MM', value: (v) => v.publishedTime },
  { name: 'kind', description: 'official, news or blog', value: (v) => v.document.kind },
  { name: 'original', description: 'The language of the document’s original version', value: (v) => v.document.original },
  { name: 'translation_status', description: 'original, official, unofficial or machine', value: (v) => v.translation.status },
  { name: 'translation_from', description: 'The language it was translated from', value: (v) => v.translation.from },
  { name: 'translation_by', description: 'Who or what translated it', value: (v) => v.translation.by },
  { name: 'translation_notice', description: 'The source’s translation notice, verbatim', value: (v) => v.translation.notice },
  {
    name: 'translation_original_url',
    description: 'Where the original is published, for a translation whose original the archive does not hold',
    value: (v) => v.translation.originalUrl,
  },
  ...bilingualColumns<DocumentRow>('issuer', 'The body that issued the information', (v) => v.document.issuer),
  ...bilingualColumns<DocumentRow>('publisher', 'Who published the source', (v) => v.document.publisher),
  { name: 'author', description: 'The author, as the source gives the name', value: (v) => v.document.author },
  { name: 'section', description: 'The newspaper section', value: (v) => v.document.section },
  { name: 'source_url', description: 'The address of the page this version was taken from', value: (v) => v.sourceUrl },
  ...bilingualColumns<DocumentRow>('republished_by', 'The site that republished the release', (v) => v.republished?.publisher ?? null),
  { name: 'republished_notice', description: 'Its republication notice, verbatim', value: (v) => v.republished?.notice ?? null },
  { name: 'meetings', description: 'Ids of the meetings it reports, the one it is about first (meetings.json)', value: (v) => list(v.document.meetings) },
  { name: 'topics', description: 'Ids of its topics (topics.json)', value: (v) => list(v.document.topics) },
  ...bilingualColumns<DocumentRow>('note', 'The archivist’s note', (v) => v.document.note),
  { name: 'url', description: 'This version’s page', value: (v) => v.url },
];

function table<Row>(columns: Column<Row>[], rows: Row[]): string {
  return toCsv(
    columns.map((c) => c.name),
    rows.map((row) => columns.map((c) => c.value(row))),
  );
}

/** `data/meetings.csv`: one row per meeting, newest first, as in meetings.json. */
export function meetingsCsv(archive: Archive, base: string): string {
  const rows = meetingsOpenData(archive, base).meetings.map((m) => ({
    ...m,
    pages: bothPages(base, (lang) => paths.meeting(lang, m.id)),
  }));
  return table(MEETING_COLUMNS, rows);
}

/** `data/documents.csv`: one row per language version, documents in the order of documents.json. */
export function documentsCsv(archive: Archive, base: string): string {
  const rows = documentsOpenData(archive, base).documents.flatMap((document) => document.versions.map((v) => ({ ...v, document })));
  return table(DOCUMENT_COLUMNS, rows);
}
