// `npm run import -- <file or folder>... [--dry-run] [--json] [--force] [--pair] [--add-people] [--keep-capture] [--title TEXT] [--report PATH] [--content DIR] [--lang ko|en]`
// Turns saved press-release pages (text or HTML) into validated archive entries. Exit codes: 0 nothing failed,
// 1 some pages failed, 2 usage (bad option, missing input, no registries in the content folder).
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content/folder-fs.ts';
import { checkContentFolder } from '../lib/content/check-folder-fs.ts';
import { importPage, type ImportReport } from '../ingest/import.ts';
import { pagesIn } from '../ingest/inputs.ts';
import { IMPORT_MESSAGES, messageLang } from '../ingest/messages.ts';
import { backlog, backlogCsv } from '../ingest/report.ts';
import { writeFiles } from '../ingest/write.ts';

// Read before the other options, so that even a mistake in them is reported in the chosen language.
const langFlag =
  process.argv.find((a, i) => process.argv[i - 1] === '--lang') ?? /^--lang=(.+)$/.exec(process.argv.find((a) => a.startsWith('--lang=')) ?? '')?.[1];
const t = IMPORT_MESSAGES[messageLang(langFlag)];

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      pair: { type: 'boolean', default: false },
      'add-people': { type: 'boolean', default: false },
      'keep-capture': { type: 'boolean', default: false },
      title: { type: 'string' },
      report: { type: 'string' },
      content: { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (err) {
  console.error(`${(err as Error).message}\n${t.usage}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(t.usage);
  process.exit(0);
}
if (positionals.length === 0) {
  console.error(`${t.noInput}\n${t.usage}`);
  process.exit(2);
}

const inputs: string[] = [];
// Subfolders (or links) a folder import could not list: each a failure, the rest of the folder imported.
const unlisted: ReturnType<typeof pagesIn>['unreadable'] = [];
let folder = false;
for (const p of positionals) {
  let st;
  try {
    st = statSync(p);
  } catch {
    console.error(t.noSuchInput(p));
    process.exit(2);
  }
  if (st.isDirectory()) {
    folder = true;
    const { pages, unreadable } = pagesIn(p);
    inputs.push(...pages);
    unlisted.push(...unreadable);
  } else inputs.push(p);
}

if (values.title !== undefined && (folder || inputs.length !== 1 || !values.title.trim())) {
  console.error(`${t.titleForOnePage}\n${t.usage}`);
  process.exit(2);
}

const dir = resolve(values.content ?? contentDir());
const { data, problems } = checkContentFolder(dir);
if (problems.length && !data.people.length && !data.countries.length) {
  console.error(t.notContentFolder(dir));
  process.exit(2);
}
const registry = { people: data.people, countries: data.countries, meetings: data.meetings, documents: data.documents };

const reports: ImportReport[] = [];
const counts = { imported: 0, parsed: 0, skipped: 0, failed: 0 };
const failure = (input: string, field: string, why: string): ImportReport => ({
  input,
  status: 'failed',
  versions: [],
  suggestions: [],
  peopleAdded: [],
  files: [],
  warnings: [],
  removed: 0,
  errors: [`${input}: ${field}: ${why}`],
});
const started = performance.now();
const dryRun = values['dry-run'];
const log = (line: string) => (values.json ? console.error(line) : console.log(line));
for (const { path, kind, code } of unlisted) {
  const where = relative(process.cwd(), path) || path;
  // A link back into the folder costs nothing: its pages are imported once. Anything else is a failure.
  if (code === 'LOOP') {
    console.error(`! ${where}: (folder): ${t.folderLoop}`);
    continue;
  }
  const report = failure(where, `(${kind})`, t.cannotRead(code));
  reports.push(report);
  counts.failed++;
  if (!values.json) {
    log(`✗ ${report.input}`);
    for (const e of report.errors) log(`    ✗ ${e}`);
  }
}
for (const [i, input] of inputs.entries()) {
  let report: ImportReport;
  try {
    report = importPage(relative(process.cwd(), input) || input, readFileSync(input), registry, dir, {
      pair: values.pair,
      addPeople: values['add-people'],
      ...(values['keep-capture'] ? { keepCapture: { savedOn: statSync(input).mtime.toISOString().slice(0, 10) } } : {}),
      ...(values.title ? { title: values.title.trim() } : {}),
      dryRun,
      force: values.force,
      t,
    });
  } catch (err) {
    report = failure(input, '(file)', t.cannotRead((err as NodeJS.ErrnoException).code ?? (err as Error).message));
  }
  reports.push(report);
  counts[report.status]++;
  if (!values.json) {
    const mark = { imported: '✓', parsed: '·', skipped: '–', failed: '✗' }[report.status];
    log(`${mark} ${report.input}${report.files.length && report.status !== 'failed' ? ` → ${report.files.join(', ')}` : ''}`);
    for (const e of report.errors) log(`    ✗ ${e}`);
    for (const w of report.warnings) log(`    ! ${w}`);
  }
  if (inputs.length > 1) {
    console.error(t.progress(i + 1, inputs.length, dryRun ? t.parsed(counts.parsed) : t.imported(counts.imported), counts.skipped, counts.failed));
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (values.json) console.log(JSON.stringify(reports, null, 2));
// A folder's import leaves a report of what needs an archivist's hand (a dry run only when asked for one).
const reportBase = values.report ?? (folder && !dryRun ? 'import-report' : undefined);
if (reportBase) {
  const base = resolve(reportBase.replace(/\.(?:json|csv)$/i, ''));
  const b = backlog(reports, new Date());
  const name = basename(base);
  const written = writeFiles(
    dirname(base),
    [
      { path: `${name}.json`, text: `${JSON.stringify(b, null, 2)}\n` },
      { path: `${name}.csv`, text: backlogCsv(b) },
    ],
    true,
    t,
  );
  if (!written.ok) console.error(written.why);
  else console.error(t.reportWritten(relative(process.cwd(), `${base}.json`), relative(process.cwd(), `${base}.csv`)));
}
console.error(
  t.summary(inputs.length, seconds, dryRun ? `${t.parsed(counts.parsed)} ${t.dryRun}` : t.imported(counts.imported), counts.skipped, counts.failed),
);
process.exit(counts.failed ? 1 : 0);
