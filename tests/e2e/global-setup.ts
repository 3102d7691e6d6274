import type { TestProject } from 'vitest/node';
import { buildSite } from '../../src/dev/tools/astro-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

/** Builds the archive from content/ once; every browser test reads that build. */
export default async function setup(project: TestProject) {
  const built = await buildSite();
  if (built.status !== 0) throw new Error(`astro build failed:\n${built.output}`);
  project.provide('distDir', built.outDir);
}
