// `npm run bench:import -- [--n 1000] [--seed 1]`: times the real import command on a folder of generated pages
// (src/dev/bench/import-pages.ts) against a copy of this archive's registries; reports pages per second.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generatePages } from '../bench/import-pages.ts';
import { REGISTRIES } from '../../lib/content/read-fs.ts';
import { checkContentFolder } from '../../lib/content/check-folder-fs.ts';

const { values } = parseArgs({ options: { n: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' } } });
const n = Number(values.n);
const seed = Number(values.seed);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run bench:import -- [--n 1000] [--seed 1]');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'archive-import-bench-'));
try {
  const content = join(work, 'content');
  for (const r of REGISTRIES) cpSync(join(root, 'content', r), join(content, r), { recursive: true });
  const pagesDir = join(work, 'pages');
  mkdirSync(pagesDir);
  for (const p of generatePages(n, seed, checkContentFolder(join(root, 'content')).data.people)) writeFileSync(join(pagesDir, p.name), p.text);
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'src/cli/import.ts'), pagesDir, '--pair', '--content', content], {
    encoding: 'utf8',
    maxBuffer: 2 ** 28,
  });
  const seconds = (performance.now() - started) / 1000;
  const summary = run.stderr.trim().split('\n').at(-1) ?? '';
  const archive = checkContentFolder(content);
  const report = {
    n,
    seed,
    seconds: Math.round(seconds * 100) / 100,
    pagesPerSecond: Math.round((n / seconds) * 10) / 10,
    exit: run.status,
    summary,
    archive: { documents: archive.data.documents.length, meetings: archive.data.meetings.length, problems: archive.problems.length },
  };
  mkdirSync(join(root, 'tmp/bench'), { recursive: true });
  writeFileSync(join(root, `tmp/bench/import-${n}.json`), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
  process.exit(run.status === 0 && archive.problems.length === 0 ? 0 : 1);
} finally {
  rmSync(work, { recursive: true, force: true });
}
