// `npm run import -- <file or folder>... [--dry-run] [--json] [--force] [--pair] [--content DIR]`
// Turns saved press-release pages (text or HTML) into validated archive entries. Exit codes: 0 nothing failed,
// 1 some pages failed, 2 usage (bad option, missing input, unreadable content folder).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content/folder.ts';
import { checkContentFolder } from '../lib/content/validate.ts';
import { importPage, type ImportReport } from '../ingest/import.ts';

const USAGE = `usage: npm run import -- <file or folder>... [--dry-run] [--json] [--force] [--pair] [--content DIR]
  --dry-run   write nothing; report what would be imported
  --json      print one JSON object per input (an array) on stdout
  --force     replace files that already exist
  --pair      import a page that matches a document of the other language as that document's version
  --content   the content folder (default: ARCHIVE_CONTENT_DIR or ./content)`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      pair: { type: 'boolean', default: false },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (err) {
  console.error(`${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length === 0) {
  console.error(`name at least one saved page or folder\n${USAGE}`);
  process.exit(2);
}

const inputs: string[] = [];
for (const p of positionals) {
  let st;
  try {
    st = statSync(p);
  } catch {
    console.error(`${p}: no such file or folder`);
    process.exit(2);
  }
  if (st.isDirectory()) {
    inputs.push(
      ...readdirSync(p, { recursive: true, encoding: 'utf8' })
        .filter((f) => /\.(?:txt|html?|md)$/i.test(f) && !f.split(/[\\/]/).some((part) => part.startsWith('.')))
        .sort()
        .map((f) => join(p, f)),
    );
  } else inputs.push(p);
}

const dir = resolve(values.content ?? contentDir());
const { data, problems } = checkContentFolder(dir);
if (problems.length && !data.people.length && !data.countries.length) {
  console.error(`${dir}: not an archive content folder (no people or countries registry): give --content DIR`);
  process.exit(2);
}
const registry = { people: data.people, countries: data.countries, meetings: data.meetings, documents: data.documents };

const reports: ImportReport[] = [];
const counts = { imported: 0, parsed: 0, skipped: 0, failed: 0 };
const started = performance.now();
const log = (line: string) => (values.json ? console.error(line) : console.log(line));
for (const [i, input] of inputs.entries()) {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(input);
  } catch (err) {
    bytes = new Uint8Array();
    reports.push({ input, status: 'failed', versions: [], suggestions: [], files: [], warnings: [], removed: 0, errors: [`${input}: (file): cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`] });
    counts.failed++;
    continue;
  }
  const report = importPage(relative(process.cwd(), input) || input, bytes, registry, dir, { pair: values.pair, dryRun: values['dry-run'], force: values.force });
  reports.push(report);
  counts[report.status]++;
  if (!values.json) {
    const mark = { imported: '✓', parsed: '·', skipped: '–', failed: '✗' }[report.status];
    log(`${mark} ${report.input}${report.files.length && report.status !== 'failed' ? ` → ${report.files.join(', ')}` : ''}`);
    for (const e of report.errors) log(`    ✗ ${e}`);
    for (const w of report.warnings) log(`    ! ${w}`);
  }
  if (inputs.length > 1) {
    const done = values['dry-run'] ? `${counts.parsed} parsed` : `${counts.imported} imported`;
    console.error(`${i + 1}/${inputs.length} ${done}, ${counts.skipped} skipped, ${counts.failed} failed`);
  }
}
const seconds = (performance.now() - started) / 1000;
if (values.json) console.log(JSON.stringify(reports, null, 2));
console.error(
  `${inputs.length} page${inputs.length === 1 ? '' : 's'} in ${seconds.toFixed(1)} s: ${values['dry-run'] ? `${counts.parsed} parsed (dry run, nothing written)` : `${counts.imported} imported`}, ${counts.skipped} skipped, ${counts.failed} failed`,
);
process.exit(counts.failed ? 1 : 0);
