import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

export interface BuildTimings {
  /** Milliseconds since the build process started, at each step. */
  configSetup: number;
  configDone: number;
  buildStart: number;
  buildDone: number;
  /** Peak resident set size of the build process, in bytes. */
  peakRss: number;
}

/**
 * Records when the build reaches each stage, and its peak memory, into the JSON file named by
 * ARCHIVE_BENCH_TIMINGS. Astro syncs content between `config:done` and `build:start`, and renders pages
 * between `build:start` and `build:done`. Added only when the variable is set (by `npm run bench`).
 */
export function benchTimings(file: string): AstroIntegration {
  const marks: Partial<BuildTimings> = {};
  return {
    name: 'bench-timings',
    hooks: {
      'astro:config:setup': () => void (marks.configSetup = performance.now()),
      'astro:config:done': () => void (marks.configDone = performance.now()),
      'astro:build:start': () => void (marks.buildStart = performance.now()),
      'astro:build:done': () => {
        marks.buildDone = performance.now();
        // maxRSS is in kilobytes and covers the whole process, worker threads included.
        marks.peakRss = process.resourceUsage().maxRSS * 1024;
        writeFileSync(file, JSON.stringify(marks));
      },
    },
  };
}
