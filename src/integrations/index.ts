import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { handOverContent, handOverSite } from '../astro/archive.ts';
import { Archive } from '../lib/model/archive.ts';
import type { ArchiveData } from '../lib/model/archive.ts';
import { checkContent, watchContent } from './content-checks.ts';
import { startSearchIndex } from './search-index.ts';
import { writeHeadersFile } from './security-headers.ts';
import { archiveSitemap } from './sitemap.ts';

/**
 * The archive as one Astro integration: it reads and checks the content when the build (or the development
 * server) starts and hands it to the pages, adds the sitemap, builds the search index beside the pages and
 * writes `_headers` after them. The content read by the check is the content every later step uses.
 *
 * Nothing read from the content goes into Astro's configuration: its incremental build drops every cached page
 * when the configuration changes, so what a page shows is carried by that page's cache key instead
 * (src/lib/build/page-keys.ts).
 */
export function archive(): AstroIntegration {
  let content: ArchiveData | undefined;
  let base = '/';
  let cacheDir: URL | undefined;
  let searchIndex: ReturnType<typeof startSearchIndex> | undefined;
  const checked = (): ArchiveData => {
    if (!content) throw new Error('the archive integration has not checked the content yet (astro:config:setup)');
    return content;
  };
  return {
    name: 'archive',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        content = checkContent(logger);
        handOverContent(content);
        updateConfig({ integrations: [archiveSitemap(String(config.site), config.base, fileURLToPath(config.outDir))] });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        handOverSite({ site: config.site, base: config.base });
        cacheDir = config.cacheDir;
      },
      'astro:server:setup': ({ server, logger }) => {
        watchContent(server, logger, (data) => {
          content = data;
          handOverContent(data);
        });
      },
      // The index is made from the archive's data, not from the rendered pages: Pagefind (a process of its own)
      // indexes on the second core while Astro renders, or the last index is reused when no record changed.
      'astro:build:start': ({ logger }) => {
        searchIndex = startSearchIndex(new Archive(checked()), base, cacheDir!, logger);
      },
      'astro:build:done': async ({ dir }) => {
        await searchIndex!.writeTo(dir);
        writeHeadersFile(dir, base);
      },
    },
  };
}
