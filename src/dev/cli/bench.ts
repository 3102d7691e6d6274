// `npm run bench [-- --n 10000 --seed 1]`: builds a synthetic archive and reports times, memory and sizes.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchMarkdown, runBench, writeReport } from '../bench/run.ts';

let values;
try {
  ({ values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: 'tmp/bench' },
      profile: { type: 'boolean', default: false },
      'cold-only': { type: 'boolean', default: false },
    },
  }));
} catch (err) {
  console.error(`${(err as Error).message}\nusage: npm run bench -- [--n 1000] [--seed 1] [--out tmp/bench] [--profile] [--cold-only]`);
  process.exit(2);
}
const n = Number(values.n);
const seed = Number(values.seed);
if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
  console.error('--n must be a whole number ≥ 1 and --seed a whole number');
  process.exit(2);
}
const report = await runBench(n, seed, (line) => console.error(`· ${line}`), { profile: values.profile, coldOnly: values['cold-only'] });
const files = writeReport(report, resolve(values.out));
console.log(benchMarkdown(report));
console.log(`written: ${files.json}, ${files.md}`);
