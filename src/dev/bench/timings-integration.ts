import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';

export interface BuildTimings {
  /** Milliseconds since the build process started, at each step. */
  configSetup: number;
  configDone: number;
  buildStart: number;
  buildDone: number;
  /** When the integrations after the pages (the search index) have finished. */
  indexDone: number;
  /** Peak resident set size of the build process, in bytes. */
  peakRss: number;
}

/**
 * Records when the build reaches each stage, and its peak memory, into a JSON file. Astro syncs content
 * between `config:done` and `build:start`, renders pages between `build:start` and `build:done`, then runs
 * the build:done hooks (the search index). Added around a config's integrations by buildSite({ timings }).
 */
export function benchTimings(file: string): { first: AstroIntegration; last: AstroIntegration } {
  const marks: Partial<BuildTimings> = {};
  return {
    // Goes before every other integration, so its marks include the content checks.
    first: {
      name: 'bench-timings',
      hooks: {
        'astro:config:setup': () => void (marks.configSetup = performance.now()),
        'astro:config:done': () => void (marks.configDone = performance.now()),
        'astro:build:start': () => void (marks.buildStart = performance.now()),
        'astro:build:done': () => void (marks.buildDone = performance.now()),
      },
    },
    // Goes after every other integration: its build:done runs once the search index is written.
    last: {
      name: 'bench-timings-end',
      hooks: {
        'astro:build:done': () => {
          marks.indexDone = performance.now();
          // maxRSS is in kilobytes and covers the whole process, worker threads included.
          marks.peakRss = process.resourceUsage().maxRSS * 1024;
          writeFileSync(file, JSON.stringify(marks));
        },
      },
    },
  };
}
