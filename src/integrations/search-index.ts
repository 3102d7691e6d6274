import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import type { Archive } from '../lib/model/archive.ts';
import { buildFacets, FACETS_FILE, type FacetPage } from '../lib/search/facets.ts';
import { searchRecords } from '../lib/search/records.ts';
import { LANGS } from '../schemas/common.ts';
import { paths } from '../lib/model/urls.ts';

/** Each page of a written bundle with the filter values Pagefind holds for it, read from its fragment files. */
function bundlePages(bundleDir: string): FacetPage[] {
  const dir = join(bundleDir, 'fragment');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.pf_fragment'))
    .map((name) => {
      // A fragment is gzipped "pagefind_dcd" + JSON; its file name is the result id the browser sees.
      const fragment = JSON.parse(
        gunzipSync(readFileSync(join(dir, name)))
          .subarray(12)
          .toString('utf8'),
      ) as { filters: Record<string, string[]> };
      return { id: name.slice(0, -'.pf_fragment'.length), filters: fragment.filters };
    });
}

/**
 * Builds the search index after the pages, with Pagefind's Node API (as Astro Starlight does): one bundle per
 * language, so each keeps its own word handling (English stemming) and the search page can load both.
 * Records come from the archive's data, not from scraping pages, so navigation and footers never enter them.
 */
export async function writeSearchIndex(dir: URL, archive: Archive, base: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const records = searchRecords(archive, base);
  try {
    // Records go to Pagefind's service in parallel, both languages at once: one at a time, the round trips
    // dominate (3.7 s for 400 records).
    await Promise.all(
      LANGS.map(async (lang) => {
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await Promise.all(records.filter((r) => r.language === lang).map((r) => index.addCustomRecord(r)));
        const rejected = added.flatMap((a) => a.errors);
        if (rejected.length) throw new Error(`Pagefind rejected records: ${rejected.slice(0, 5).join('; ')}`);
        const bundleDir = join(fileURLToPath(dir), paths.searchBundle(lang));
        const written = await index.writeFiles({ outputPath: bundleDir });
        if (written.errors.length) throw new Error(`Pagefind could not write the ${lang} index: ${written.errors.join('; ')}`);
        writeFileSync(join(bundleDir, FACETS_FILE), JSON.stringify(buildFacets(bundlePages(bundleDir))));
      }),
    );
  } finally {
    // Pagefind runs as a child service: it is stopped even when indexing fails, so the build can exit.
    await pagefind.close();
  }
  logger.info(`search index: ${records.length} records in ${Math.round(performance.now() - started)} ms`);
}
