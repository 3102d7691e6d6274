// `npm run audit`: Lighthouse scores for the built site (dist/) in Debian's Chromium, written to tmp/audit/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tools/chromium.ts';
import { serveStatic } from '../tools/static-server.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const PAGES = [
  ['home (ko)', 'ko/'],
  ['home (en)', 'en/'],
  ['meeting index (ko)', 'ko/meetings/'],
  ['meeting index (en)', 'en/meetings/'],
  ['article (ko)', 'ko/documents/2024-06-01-mofa-kr-us-vice-ministers/'],
  ['article (en)', 'en/documents/2024-06-01-mofa-kr-us-vice-ministers/'],
] as const;

const dist = resolve(process.env.ARCHIVE_OUT_DIR || 'dist');
const outDir = resolve('tmp/audit');
mkdirSync(outDir, { recursive: true });

const server = await serveStatic(dist);
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
const rows: { page: string; url: string; scores: Record<string, number>; failing: string[] }[] = [];
try {
  for (const [name, path] of PAGES) {
    const url = server.url + path;
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
    // The audits that cost points, so a score below 100 says why.
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map((a) => `${a.id} (${a.score})`);
    rows.push({ page: name, url: path, scores, failing });
    console.log(`${name.padEnd(20)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join('  ')}${failing.length ? `  — ${failing.join(', ')}` : ''}`);
  }
} finally {
  chrome.kill();
  await server.close();
}

const table = [
  `| page | ${CATEGORIES.join(' | ')} | audits below 1 |`,
  `| --- | ${CATEGORIES.map(() => '---:').join(' | ')} | --- |`,
  ...rows.map((r) => `| ${r.page} | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ${r.failing.join(', ') || '—'} |`),
].join('\n');
writeFileSync(join(outDir, 'lighthouse.json'), `${JSON.stringify({ chromium: CHROMIUM_PATH, pages: rows }, null, 2)}\n`);
writeFileSync(join(outDir, 'lighthouse.md'), `# Lighthouse\n\n${table}\n`);
console.log(`\nreport: ${join(outDir, 'lighthouse.md')}`);
