import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalSeconds: number;
  /** Self time by where the code lives: a package, the project's src/, Node itself, GC. */
  byOwner: { owner: string; seconds: number; share: number }[];
  /** Self time by function, the heaviest first. */
  byFunction: { fn: string; seconds: number; share: number }[];
}

/** Who owns a script: `astro`, `@astrojs/markdown-remark`, `project: src/lib/…`, `node:internal`, or V8's own entries. */
export function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const src = /\/src\/(.*)$/.exec(url);
  if (src) return `project: src/${src[1]!.split('/')[0]}`;
  // Astro bundles pages and the code they import into hashed chunks: name them without the hash.
  const chunk = /\.prerender\/(?:chunks\/)?([^/]+?)(?:_[A-Za-z0-9-]{8})?\.mjs$/.exec(url);
  return chunk ? `built chunk: ${chunk[1]}` : 'other';
}

/** Sums the self time of every .cpuprofile that `node --cpu-prof` wrote into a folder. */
export function summarizeProfiles(dir: string, top = 15): ProfileSummary {
  const owners = new Map<string, number>();
  const fns = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
    profile.samples.forEach((id, i) => {
      const us = profile.timeDeltas[i] ?? 0;
      const frame = byId.get(id);
      if (!frame) return;
      total += us;
      const owner = ownerOf(frame.url, frame.functionName);
      owners.set(owner, (owners.get(owner) ?? 0) + us);
      const where = frame.url ? `${frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/src\//, 'src/')}:${frame.lineNumber + 1}` : '';
      const fn = `${frame.functionName || '(anonymous)'} ${where}`.trim();
      fns.set(fn, (fns.get(fn) ?? 0) + us);
    });
  }
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, us]) => ({ key, seconds: Math.round(us / 1e4) / 100, share: Math.round((us / total) * 1000) / 10 }));
  return {
    totalSeconds: Math.round(total / 1e4) / 100,
    byOwner: rank(owners).map(({ key, ...rest }) => ({ owner: key, ...rest })),
    byFunction: rank(fns).map(({ key, ...rest }) => ({ fn: key, ...rest })),
  };
}
