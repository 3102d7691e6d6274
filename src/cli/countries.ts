// `npm run countries`: writes content/countries/ from CLDR and the ministry's usage
// (src/lib/content/countries-from-cldr.ts). Adds the records that are missing and leaves the others as they
// are; with --refresh, rewrites every record's names and short forms, keeping the variants and adjectives an
// archivist added by hand.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { contentDir } from '../lib/content/folder-fs.ts';
import { countryRegistry, countryYaml } from '../lib/content/countries-from-cldr.ts';
import { countrySchema, type CountryData } from '../schemas/index.ts';

const refresh = process.argv.includes('--refresh');
const unknown = process.argv.slice(2).filter((a) => a !== '--refresh');
if (unknown.length) {
  console.error(`unknown option ${unknown.join(' ')}: the only option is --refresh (rewrite every record's names, keep hand-added variants)`);
  process.exit(2);
}
const dir = join(contentDir(), 'countries');
mkdirSync(dir, { recursive: true });
let added = 0;
let rewritten = 0;
for (const record of countryRegistry()) {
  const file = join(dir, `${record.id}.yaml`);
  if (existsSync(file) && !refresh) continue;
  let out: CountryData = record;
  if (existsSync(file)) {
    const had = countrySchema.safeParse(yaml.load(readFileSync(file, 'utf8'), { schema: yaml.CORE_SCHEMA }));
    if (had.success) {
      const keep = (a: string[], b: string[], not: string[]) => [...new Set([...a, ...b])].filter((x) => !not.includes(x));
      out = {
        ...record,
        variants: {
          ko: keep(record.variants.ko, had.data.variants.ko, [record.name.ko, record.short.ko]),
          en: keep(record.variants.en, had.data.variants.en, [record.name.en, record.short.en]),
        },
        adjectives: keep(record.adjectives, had.data.adjectives, []),
      };
    }
  }
  const text = countryYaml(out);
  if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
  if (existsSync(file)) rewritten++;
  else added++;
  writeFileSync(file, text);
}
console.log(`${dir}: ${added} countries added, ${rewritten} rewritten.`);
