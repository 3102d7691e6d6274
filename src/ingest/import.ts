/**
 * One page through the import pipeline: decode → lines → parse → extract → build entries → (write).
 * `preparePage` does everything but writing and never throws: whatever the input, the result says what was
 * found, what is wrong and how to fix it.
 */
import { createHash } from 'node:crypto';
import type { MeetingData, PersonData } from '../schemas/index.ts';
import type { DocumentVersion } from '../lib/model/archive.ts';
import { decode } from './decode.ts';
import { buildEntries, type Built, type Pairing } from './entries.ts';
import { extract, type Extracted, type Registry, type SuggestedPerson } from './extract.ts';
import { htmlLines } from './html.ts';
import { textLines } from './lines.ts';
import { blocksToMarkdown } from './markdown.ts';
import { parsePage } from './parse.ts';
import { tripSuggestion } from './trip.ts';
import { IMPORT_MESSAGES, type ImportMessages } from './messages.ts';
import { documentFile, meetingFile, personFile, writeFiles, type OutFile } from './write.ts';

/** One language version as `--dry-run --json` shows it. */
export interface VersionReport {
  lang: string;
  title: string;
  deck: string[];
  published: string | null;
  publishedTime?: string;
  meeting: Extracted['meeting'];
  source: Extracted['source'];
  translation: Extracted['translation'];
  body: string;
  /** Fields read from indirect evidence (`published`, `meeting.date`, `meeting.level`, `meeting.counterparts`): check them. */
  guessed: string[];
}

export interface ImportReport extends Partial<VersionReport> {
  input: string;
  /** `parsed` in a dry run; `skipped` when the files exist (without --force) or a pairing awaits --pair. */
  status: 'imported' | 'parsed' | 'skipped' | 'failed';
  /** Every version the page holds (an original and its printed translation). */
  versions: VersionReport[];
  pairing?: Pairing;
  /** People the page names that the registry lacks, with a record to start from. */
  suggestions: SuggestedPerson[];
  /** Ids of the incomplete person records written for the meeting's participants (--add-people). */
  peopleAdded: string[];
  /** Files written, or that would be written, relative to the content folder. */
  files: string[];
  warnings: string[];
  /** `input: field: why and how to fix it`, when the page cannot be imported. */
  errors: string[];
  /** Lines cut as site chrome. */
  removed: number;
}

export interface ImportOptions {
  pair?: boolean;
  /** Write the participants the registry lacks as incomplete person records. */
  addPeople?: boolean;
  /** The headline, for a page that prints none (or prints it where the importer cannot tell). */
  title?: string;
  /** Keep the raw page under captures/ with its SHA-256 and capture date (the day it was saved, when the copy does not say). */
  keepCapture?: { savedOn: string };
  /** The language of warnings and errors (default English). */
  t?: ImportMessages;
  dryRun?: boolean;
  force?: boolean;
}

export interface Prepared {
  report: ImportReport;
  files: OutFile[];
  built?: Built;
}

export function preparePage(input: string, bytes: Uint8Array, registry: Registry, options: ImportOptions = {}): Prepared {
  const fail = (errors: string[], rest: Partial<ImportReport> = {}): Prepared => ({
    report: { input, status: 'failed', versions: [], suggestions: [], peopleAdded: [], files: [], warnings: [], removed: 0, ...rest, errors },
    files: [],
  });
  const t = options.t ?? IMPORT_MESSAGES.en;
  try {
    const decoded = decode(bytes, t);
    if (!decoded.ok) return fail([`${input}: (file): ${decoded.why}`]);
    const { lines, facts } = decoded.html ? htmlLines(decoded.text) : { lines: textLines(decoded.text), facts: {} };
    if (!lines.length) return fail([`${input}: (file): ${t.noLines}`]);
    const page = parsePage(lines, facts);
    const pageText = lines.map((l) => l.text).join('\n');
    const versions: Extracted[] = [];
    for (const [i, part] of page.parts.entries())
      versions.push(
        extract(part, registry, {
          ...(i === 0 && options.title ? { title: options.title } : {}),
          original: versions[0],
          page: pageText,
          raw: decoded.text,
          url: 'url' in facts ? facts.url : undefined,
          alternates: 'alternates' in facts ? facts.alternates : undefined,
          captured: page.captured,
          t,
        }),
      );
    if (!versions.length) return fail([`${input}: body: ${t.noBody}`], { removed: page.removed.length });

    const built = buildEntries(versions, registry, { pair: options.pair, addPeople: options.addPeople, t });
    const reports = versions.map((v, i): VersionReport => {
      const doc = built.documents[i]!.data;
      return {
        lang: v.lang,
        title: v.title,
        deck: v.deck,
        published: (doc.published as string | undefined) ?? v.published,
        ...(v.publishedTime ? { publishedTime: v.publishedTime } : {}),
        meeting: v.meeting,
        source: v.source,
        translation: doc.translation as Extracted['translation'],
        body: blocksToMarkdown(v.body),
        guessed: v.guessed,
      };
    });
    if (options.keepCapture) keepCapture(built, bytes, decoded.html, page.captured ?? options.keepCapture.savedOn);
    const files = [
      ...built.documents.map(documentFile),
      ...(built.capture ? [built.capture] : []),
      ...(built.meeting ? [meetingFile(built.meeting)] : []),
      ...built.people.map(personFile),
    ];
    const trip = tripSuggestion(registry, built.meeting?.data, t);
    const warnings = [...new Set([...versions.flatMap((v) => v.warnings), ...built.warnings, ...(trip ? [trip] : [])])];
    const awaitingPair = !!built.pairing && !options.pair;
    // Awaiting --pair, what the pair would supply (dates, publisher) is not an error yet.
    const errors = awaitingPair ? [] : built.errors.map((e) => `${input}: ${e.field}: ${e.message}`);
    const report: ImportReport = {
      input,
      ...reports[0]!,
      status: errors.length ? 'failed' : awaitingPair ? 'skipped' : options.dryRun ? 'parsed' : 'imported',
      versions: reports,
      ...(built.pairing ? { pairing: built.pairing } : {}),
      suggestions: versions[0]!.suggestions,
      peopleAdded: built.people.map((p) => String(p.data.id)),
      files: files.map((f) => f.path),
      warnings,
      errors,
      removed: page.removed.length,
    };
    return { report, files: errors.length || awaitingPair ? [] : files, built };
  } catch (err) {
    // A bug, not bad input: still a result, never a crash of a folder import.
    return fail([`${input}: (file): ${t.internal((err as Error).message)}`]);
  }
}

/** Prepares and, unless a dry run, writes one page; the registry learns what was imported for the next page. */
export function importPage(input: string, bytes: Uint8Array, registry: Registry, contentDir: string, options: ImportOptions = {}): ImportReport {
  const { report, files, built } = preparePage(input, bytes, registry, options);
  if (report.status === 'failed' || report.status === 'skipped' || !built) return report;
  if (!options.dryRun) {
    const written = writeFiles(contentDir, files, options.force ?? false, options.t);
    if (!written.ok) {
      return written.exists
        ? { ...report, status: 'skipped', warnings: [...report.warnings, written.why] }
        : { ...report, status: 'failed', errors: [`${input}: (file): ${written.why}`] };
    }
  }
  learn(registry, built);
  return report;
}

/** The page as saved, byte for byte, beside the entry; every version it holds records it as its source's capture. */
function keepCapture(built: Built, bytes: Uint8Array, html: boolean, captured: string): void {
  const first = built.documents[0]!.data;
  const file = `captures/${String(first.id)}.${String(first.lang)}.${html ? 'html' : 'txt'}`;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  for (const d of built.documents) d.data.source = { ...(d.data.source as object), capture: { file, sha256, captured } };
  built.capture = { path: file, text: bytes };
}

function learn(registry: Registry, built: Built): void {
  for (const d of built.documents) registry.documents.push({ ...(d.data as unknown as DocumentVersion), body: d.body });
  if (built.meeting) registry.meetings.push(built.meeting.data as unknown as MeetingData);
  for (const p of built.people) registry.people.push(p.data as unknown as PersonData);
}
