import { describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../src/dev/tools/astro-build.ts';
import { fingerprint } from '../support/files.ts';
import { E2E_BUILD_ENV } from './support/build-env.ts';

describe('deterministic output', () => {
  it('gives a byte-identical dist/ for two builds of the same content', async () => {
    const second = await buildSite({ env: E2E_BUILD_ENV });
    expect(second.status, second.output).toBe(0);
    const a = fingerprint(inject('distDir'));
    const b = fingerprint(second.outDir);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    const differing = Object.keys(a).filter((f) => a[f] !== b[f]);
    expect(differing).toEqual([]);
  });
});
