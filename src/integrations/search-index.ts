import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { Archive } from '../lib/archive.ts';
import { searchRecords } from '../lib/search/records.ts';
import { LANGS } from '../schemas/common.ts';
import { checkedContent } from './content-checks.ts';

/** Where each language's search bundle is written, below the site root. */
export const searchBundlePath = (lang: string) => `pagefind/${lang}/`;

/**
 * Builds the search index after the pages, with Pagefind's Node API (as Astro Starlight does): one bundle per
 * language, so each keeps its own word handling (English stemming) and the search page can load both.
 * Records come from the archive's data, not from scraping pages, so navigation and footers never enter them.
 */
export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'archive-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const records = searchRecords(new Archive(checkedContent()), base);
        // Records go to Pagefind's service in parallel, both languages at once: one at a time, the round trips
        // dominate (3.7 s for 400 records).
        await Promise.all(
          LANGS.map(async (lang) => {
            const { index, errors } = await pagefind.createIndex({});
            if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
            const added = await Promise.all(records.filter((r) => r.language === lang).map((r) => index.addCustomRecord(r)));
            const rejected = added.flatMap((a) => a.errors);
            if (rejected.length) throw new Error(`Pagefind rejected records: ${rejected.slice(0, 5).join('; ')}`);
            const written = await index.writeFiles({ outputPath: join(fileURLToPath(dir), searchBundlePath(lang)) });
            if (written.errors.length) throw new Error(`Pagefind could not write the ${lang} index: ${written.errors.join('; ')}`);
          }),
        );
        await pagefind.close();
        logger.info(`search index: ${records.length} records in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
