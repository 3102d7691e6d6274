import { LANGS } from '../../schemas/langs.ts';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { lastBuildCounts } from '../../integrations/output-in-place.ts';
import { SEARCH_INDEX_SUMMARY } from '../../integrations/search-index-summary.ts';
import { buildSite, searchShards, type BuildResult } from '../tools/astro-build.ts';
import { writeBaseline } from './baseline.ts';
import { applyEdit, type EditKind } from './edits.ts';
import { prng } from './vocabulary.ts';
import { generateArchive, type GenerateStats } from './generate.ts';
import { summarizeProfiles, type ProfileSummary } from './profile.ts';
import { indexShape, measureSearch, type IndexShape, type SearchCosts } from './search-timing.ts';
import type { BuildTimings } from './timings-integration.ts';

export interface BuildFigures {
  /** Wall-clock seconds of the whole `astro build` process. */
  seconds: number;
  /** Seconds from process start to the first integration hook (Node, Astro and config loading). */
  startupSeconds: number;
  /** Seconds in the config hooks: for the archive, its content checks. */
  configSeconds: number;
  /** Seconds spent syncing content (loading, parsing, rendering Markdown into the data store). */
  contentSyncSeconds: number;
  /** Seconds from build start to the last page written. */
  renderSeconds: number;
  /** Seconds building the search index (Pagefind), after the pages. */
  searchIndexSeconds: number;
  peakRssMB: number;
  pages: number;
  pagesPerSecond: number;
  /** Page and endpoint files the build wrote (rendered, or copied back from the cache), and those it left in place. */
  rendered: number;
  reused: number;
  /** The search index's shards this build made again, of how many (the archive only). */
  searchShards?: { made: number; total: number };
}

/** A rebuild after one change, with what the change was. */
export type Rebuild = BuildFigures & { change: string };

/** The hosts' published limits on one deploy (2026). */
export const HOST_LIMITS = [
  { host: 'GitHub Pages', bytes: 2 ** 30, files: Infinity },
  { host: 'Cloudflare Pages (free)', bytes: Infinity, files: 20_000 },
  { host: 'Cloudflare Pages (paid)', bytes: Infinity, files: 100_000 },
  { host: 'Netlify', bytes: Infinity, files: Infinity },
] as const;

/** The targets of dist/ at 10,000 documents. */
export const DIST_TARGET = { bytes: 500 * 2 ** 20, files: 100_000 };

export interface BenchReport {
  n: number;
  seed: number;
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; platform: string };
  generated: GenerateStats;
  generateSeconds: number;
  cold: BuildFigures;
  /** Rebuilds with the cache of the build before: nothing changed, one document edited, one person renamed. */
  rebuilds: Rebuild[];
  /** The bare Astro baseline (left out with --cold-only). */
  baseline?: BuildFigures;
  coldToBaseline?: number;
  dist: { bytes: number; files: number; byFamily: { family: string; bytes: number; files: number }[] };
  /** Left out with --cold-only. */
  search?: SearchCosts & { index: Record<'ko' | 'en', IndexShape> };
  /** CPU profiles of an extra cold build of each, when asked for (profiling slows the build it measures). */
  profile?: { archive: ProfileSummary; baseline: ProfileSummary };
}

function walk(dir: string): { bytes: number; files: number; html: number } {
  let bytes = 0;
  let files = 0;
  let html = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) {
      const sub = walk(path);
      bytes += sub.bytes;
      files += sub.files;
      html += sub.html;
    } else {
      bytes += st.size;
      files++;
      if (name.endsWith('.html')) html++;
    }
  }
  return { bytes, files, html };
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

function figures(result: BuildResult, timingsFile: string): BuildFigures {
  if (result.status !== 0) throw new Error(`build failed (exit ${result.status}):\n${result.output.slice(-4000)}`);
  const t = JSON.parse(readFileSync(timingsFile, 'utf8')) as BuildTimings;
  const pages = walk(result.outDir).html;
  const renderSeconds = (t.buildDone - t.buildStart) / 1000;
  // The archive records what it wrote and kept; the bare baseline writes every page.
  const counts = lastBuildCounts(result.cacheDir) ?? { written: pages, kept: 0 };
  return {
    seconds: round(result.ms / 1000),
    startupSeconds: round(t.configSetup / 1000),
    configSeconds: round((t.configDone - t.configSetup) / 1000),
    contentSyncSeconds: round((t.buildStart - t.configDone) / 1000),
    renderSeconds: round(renderSeconds),
    searchIndexSeconds: round((t.indexDone - t.buildDone) / 1000),
    peakRssMB: round(t.peakRss / 2 ** 20, 0),
    pages,
    pagesPerSecond: round(pages / (result.ms / 1000), 1),
    rendered: counts.written,
    reused: counts.kept,
    ...(existsSync(join(result.cacheDir, 'search-index', SEARCH_INDEX_SUMMARY)) ? { searchShards: searchShards(result) } : {}),
  };
}

/** Which family of output a file of dist/ belongs to: article, side by side, person page, search index … */
export function familyOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'documents') return 'side-by-side pages';
  if (parts[0] !== 'ko' && parts[0] !== 'en') return parts.length > 1 ? `${parts[0]}/` : 'site files';
  const [, first = '', second = ''] = parts;
  if (first === 'documents') return 'article pages';
  if (first === 'meetings')
    return ['country', 'level', 'format'].includes(second)
      ? 'meeting filter pages'
      : second === 'index.html' || /^\d{4}$/.test(second)
        ? 'meeting index'
        : 'meeting pages';
  if (/^\d{4}$/.test(first)) return 'year pages';
  if (['people', 'countries', 'topics', 'offices'].includes(first))
    return ['index.html', 'latin', 'page'].includes(second) || parts.length === 3 ? `${first} lists` : `${first} pages`;
  return 'other pages';
}

function families(dir: string): { family: string; bytes: number; files: number }[] {
  const sums = new Map<string, { bytes: number; files: number }>();
  const visit = (d: string, rel: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      const st = statSync(path);
      if (st.isDirectory()) visit(path, `${rel}${name}/`);
      else {
        const f = familyOf(`${rel}${name}`);
        const sum = sums.get(f) ?? { bytes: 0, files: 0 };
        sum.bytes += st.size;
        sum.files++;
        sums.set(f, sum);
      }
    }
  };
  visit(dir, '');
  return [...sums.entries()].map(([family, s]) => ({ family, ...s })).sort((a, b) => b.bytes - a.bytes);
}

const machine = () => ({
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGB: round(totalmem() / 2 ** 30, 1),
  node: process.version,
  platform: process.platform,
});

/** Generates a synthetic archive of n documents, builds it cold, warm and as a bare baseline, and measures. */
export async function runBench(
  n: number,
  seed: number,
  log: (line: string) => void = console.log,
  options: { profile?: boolean; coldOnly?: boolean } = {},
): Promise<BenchReport> {
  const work = mkdtempSync(join(tmpdir(), `archive-bench-${n}-`));
  const content = join(work, 'content');
  try {
    log(`generating ${n} documents into ${content}`);
    const g0 = performance.now();
    const generated = generateArchive({ n, seed, outDir: content });
    const generateSeconds = round((performance.now() - g0) / 1000);

    const site = { contentDir: content, outDir: join(work, 'dist'), cacheDir: join(work, 'cache') };
    log('cold build of the archive');
    const cold = figures(await buildSite({ ...site, timings: join(work, 'cold.json') }), join(work, 'cold.json'));
    const dist = { ...walk(site.outDir), byFamily: families(site.outDir) };
    if (options.coldOnly) {
      return {
        n,
        seed,
        machine: machine(),
        generated,
        generateSeconds,
        cold,
        rebuilds: [],
        dist: { bytes: dist.bytes, files: dist.files, byFamily: dist.byFamily },
      };
    }
    log("search: a first and a second query on each language's search page, in Chromium");
    const search = {
      // Words of the generated text: a country name the releases use, another, then a word in nearly every
      // document (the heaviest kind of query: its index chunk is the largest).
      ...(await measureSearch(site.outDir, { ko: ['중국', '회담', '협력'], en: ['China', 'Japan', 'minister'] })),
      index: { ko: indexShape(site.outDir, 'ko'), en: indexShape(site.outDir, 'en') },
    };

    // An archivist's edits, each followed by a rebuild with the cache of the build before.
    const rng = prng(seed);
    const rebuilds: Rebuild[] = [];
    const changes: [string, EditKind | undefined][] = [
      ['nothing changed', undefined],
      ['one document edited', 'body'],
      ["one person's name changed", 'person-name'],
    ];
    for (const [label, kind] of changes) {
      const change = kind ? `${label}: ${applyEdit(content, rng, kind, rebuilds.length)}` : label;
      log(`rebuild: ${change}`);
      const timings = join(work, `rebuild-${rebuilds.length}.json`);
      rebuilds.push({ ...figures(await buildSite({ ...site, timings }), timings), change });
    }

    log('cold build of the bare Astro baseline');
    const baselineRoot = join(work, 'baseline');
    writeBaseline(baselineRoot, join(content, 'documents'));
    const baseline = figures(
      await buildSite({
        root: baselineRoot,
        // Inside the baseline's root, where its node_modules link resolves the prerender chunks' imports.
        outDir: join(baselineRoot, 'dist'),
        cacheDir: join(baselineRoot, 'cache'),
        timings: join(work, 'baseline.json'),
      }),
      join(work, 'baseline.json'),
    );

    let profile: BenchReport['profile'];
    if (options.profile) {
      log('profiled cold builds (not counted in the figures above)');
      const prof = (name: string) => [`--cpu-prof`, `--cpu-prof-dir=${join(work, 'prof', name)}`];
      const a = await buildSite({ contentDir: content, outDir: join(work, 'prof-dist'), cacheDir: join(work, 'prof-cache'), nodeArgs: prof('archive') });
      const b = await buildSite({
        root: baselineRoot,
        outDir: join(baselineRoot, 'prof-dist'),
        cacheDir: join(baselineRoot, 'prof-cache'),
        nodeArgs: prof('baseline'),
      });
      if (a.status !== 0 || b.status !== 0) throw new Error('a profiled build failed');
      profile = { archive: summarizeProfiles(join(work, 'prof', 'archive')), baseline: summarizeProfiles(join(work, 'prof', 'baseline')) };
    }

    return {
      profile,
      n,
      seed,
      machine: machine(),
      generated,
      generateSeconds,
      cold,
      rebuilds,
      baseline,
      coldToBaseline: round(cold.seconds / baseline.seconds),
      dist: { bytes: dist.bytes, files: dist.files, byFamily: dist.byFamily },
      search,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The report as a Markdown table. */
export function benchMarkdown(r: BenchReport): string {
  const row = (name: string, f: BuildFigures) =>
    `| ${name} | ${f.seconds} | ${f.startupSeconds} | ${f.configSeconds} | ${f.contentSyncSeconds} | ${f.renderSeconds} | ${f.searchIndexSeconds} | ${f.peakRssMB} | ${f.rendered} | ${f.reused} | ${f.searchShards ? `${f.searchShards.made} of ${f.searchShards.total}` : '—'} |`;
  const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
  const edit = r.rebuilds.find((b) => b.change.startsWith('one document'));
  const none = r.rebuilds.find((b) => b.change.startsWith('nothing'));
  const fits = (limit: (typeof HOST_LIMITS)[number]) => r.dist.bytes <= limit.bytes && r.dist.files <= limit.files;
  return [
    `## Benchmark: ${r.n.toLocaleString('en')} synthetic bilingual documents (seed ${r.seed})`,
    '',
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGB} GiB, Node ${r.machine.node}.`,
    `Generated: ${r.generated.documents} documents (${r.generated.languageVersions} language versions), ${r.generated.meetings} meetings, ${r.generated.people} people, ${r.generated.countries} countries in ${r.generateSeconds} s.`,
    '',
    '| build | wall s | startup s | config hooks s | content sync s | render s | search index wait s | peak RSS MB | files written | files left in place | search shards indexed |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('archive, cold', r.cold),
    ...r.rebuilds.map((b) => row(`rebuild, ${b.change}`, b)),
    ...(r.baseline ? [row('bare Astro baseline, cold', r.baseline)] : []),
    '',
    ...(r.baseline
      ? [
          `Cold build / baseline: **${r.coldToBaseline}×** (target ≤ 2×). Rebuild after one edited document: **${edit?.seconds} s** (target ≤ 30 s); with no change: **${none?.seconds} s** (target ≤ 15 s).`,
        ]
      : []),
    `Peak RSS: **${Math.max(r.cold.peakRssMB, ...r.rebuilds.map((b) => b.peakRssMB))} MB** (target ≤ 4,096 MB).`,
    '',
    `dist/: **${mib(r.dist.bytes)} MiB in ${r.dist.files.toLocaleString('en')} files** (target ≤ ${mib(DIST_TARGET.bytes)} MiB and ≤ ${DIST_TARGET.files.toLocaleString('en')} files). Fits: ${HOST_LIMITS.map((h) => `${h.host} ${fits(h) ? 'yes' : 'no'}`).join(', ')}.`,
    '',
    '| output | MiB | files |',
    '| --- | ---: | ---: |',
    ...r.dist.byFamily.map((f) => `| ${f.family} | ${mib(f.bytes)} | ${f.files.toLocaleString('en')} |`),
    '',
    ...(r.search ? searchMarkdown(r.search) : []),
    ...(r.profile ? profileMarkdown(r.profile) : []),
  ].join('\n');
}

function searchMarkdown(search: NonNullable<BenchReport['search']>): string[] {
  const { open, queries, index } = search;
  return [
    "Search, in Chromium against the built site served as a static host serves it (text gzipped; Pagefind's own files are gzipped already). Opening the search page loads its own language's index while the reader types; the queries are typed once it has:",
    '',
    '| search page | KB to index ready | ms to index ready (from the page starting to load) |',
    '| --- | ---: | ---: |',
    ...LANGS.map((lang) => `| ${lang} | ${round(open[lang].bytes / 1024, 1)} | ${open[lang].ms} |`),
    '',
    '| search page | query | KB to first results | ms to first results | KB to both languages | ms to both languages | KB with counts | ms to counts | results |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...LANGS.flatMap((lang) =>
      queries[lang].map(
        (q, i) =>
          `| ${lang} (${i === 0 ? 'first' : i === 1 ? 'second' : 'third'}) | ${q.query} | ${round(q.firstBytes / 1024, 1)} | ${q.firstMs} | ${round(q.bytes / 1024, 1)} | ${q.ms} | ${round(q.countsBytes / 1024, 1)} | ${q.countsMs} | ${q.results} |`,
      ),
    ),
    '',
    `Index chunks: ko ${index.ko.shards} shard(s), ${index.ko.files} files, ${round(index.ko.bytes / 1024, 0)} KB, largest ${round(index.ko.largestChunk / 1024, 1)} KB; en ${index.en.shards} shard(s), ${index.en.files} files, ${round(index.en.bytes / 1024, 0)} KB, largest ${round(index.en.largestChunk / 1024, 1)} KB.`,
    '',
  ];
}

export function writeReport(r: BenchReport, dir: string): { json: string; md: string } {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, `bench-${r.n}.json`);
  const md = join(dir, `bench-${r.n}.md`);
  writeFileSync(json, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(md, benchMarkdown(r));
  return { json, md };
}

function profileMarkdown(p: NonNullable<BenchReport['profile']>): string[] {
  const owners = new Map<string, { a: number; b: number }>();
  for (const o of p.archive.byOwner) owners.set(o.owner, { a: o.seconds, b: 0 });
  for (const o of p.baseline.byOwner) owners.set(o.owner, { a: owners.get(o.owner)?.a ?? 0, b: o.seconds });
  return [
    `### CPU profile (self time; archive ${p.archive.totalSeconds} s, baseline ${p.baseline.totalSeconds} s, all threads)`,
    '',
    '| code | archive s | baseline s | difference s |',
    '| --- | ---: | ---: | ---: |',
    ...[...owners.entries()].sort((x, y) => y[1].a - y[1].b - (x[1].a - x[1].b)).map(([owner, { a, b }]) => `| ${owner} | ${a} | ${b} | ${round(a - b)} |`),
    '',
    'Heaviest functions in the archive build:',
    '',
    ...p.archive.byFunction.map((f) => `- ${f.seconds} s (${f.share} %) ${f.fn}`),
    '',
  ];
}
