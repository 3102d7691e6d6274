// Compares two built sites file by file, with Vite's content hashes taken out of asset names (in file names
// and in every reference to them), so that a change meant to keep behaviour can show it keeps every page's
// text, links and data. Usage: node src/dev/cli/compare-dist.ts <dist-before> <dist-after>; exit 1 on a difference.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node src/dev/cli/compare-dist.ts <dist-before> <dist-after>');
  process.exit(2);
}
// `search.astro_astro_type_script_index_0_lang.BfdwcvV5.js` → `search.astro_astro_type_script_index_0_lang.[hash].js`
const unhash = (text: string) => text.replace(/(_astro\/[\w.-]+?)\.[\w-]{8}\.(js|css)/g, '$1.[hash].$2');

function files(root: string): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else found.set(unhash(relative(root, path)), readFileSync(path));
    }
  };
  walk(root);
  return found;
}

const a = files(before);
const b = files(after);
const textual = /\.(html|xml|json|js|css|txt|csv|bib|ris)$|_headers$/;
const differing: string[] = [];
for (const name of new Set([...a.keys(), ...b.keys()])) {
  const x = a.get(name);
  const y = b.get(name);
  if (!x || !y) differing.push(`${name}: only in ${x ? before : after}`);
  else if (textual.test(name) ? unhash(x.toString('utf8')) !== unhash(y.toString('utf8')) : !x.equals(y)) differing.push(`${name}: differs`);
}
console.log(`${a.size} files before, ${b.size} after; ${differing.length} differ (asset hashes aside)`);
for (const line of differing.sort()) console.log(`  ${line}`);
process.exit(differing.length ? 1 : 0);
