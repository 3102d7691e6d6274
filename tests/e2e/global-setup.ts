import type { TestProject } from 'vitest/node';
import { buildSite } from '../../src/dev/tools/astro-build.ts';
import { E2E_BUILD_ENV } from './support/build-env.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

/**
 * Builds the archive from content/ once; every browser test reads that build. Its search index is split into
 * shards of one document, so that every search in the browser tests merges shards (lib/search/shards), as a
 * large archive's does.
 */
export default async function setup(project: TestProject) {
  const built = await buildSite({ env: E2E_BUILD_ENV });
  if (built.status !== 0) throw new Error(`astro build failed:\n${built.output}`);
  project.provide('distDir', built.outDir);
}
