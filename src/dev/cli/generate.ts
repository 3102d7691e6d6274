// `npm run generate -- --n 1000 --seed 1 --out DIR`: writes a synthetic archive (for the benchmark, or to try the site at scale).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateArchive } from '../bench/generate.ts';

const USAGE = 'usage: npm run generate -- --out DIR [--n 1000] [--seed 1] [--force]';
let values;
try {
  ({ values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  }));
} catch (err) {
  console.error(`${(err as Error).message}\n${USAGE}`);
  process.exit(2);
}
const n = Number(values.n);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
  console.error(`--out is required, --n must be a whole number ≥ 1 and --seed a whole number\n${USAGE}`);
  process.exit(2);
}
const out = resolve(values.out);
if (existsSync(out) && readdirSync(out).length > 0) {
  if (!values.force) {
    console.error(`${out} is not empty: choose another --out, or add --force to replace it`);
    process.exit(2);
  }
  rmSync(out, { recursive: true, force: true });
}
const started = performance.now();
const stats = generateArchive({ n, seed, outDir: out });
console.log(JSON.stringify({ ...stats, outDir: out, seconds: Math.round(performance.now() - started) / 1000 }, null, 2));
