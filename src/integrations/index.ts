import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Archive } from '../lib/model/archive.ts';
import type { ArchiveData } from '../lib/model/archive.ts';
import { checkContent } from './content-checks.ts';
import { markdownProcessor } from './markdown.ts';
import { writeSearchIndex } from './search-index.ts';
import { writeHeadersFile } from './security-headers.ts';
import { archiveSitemap } from './sitemap.ts';

/**
 * The archive as one Astro integration: it checks the content when the build (or the dev server) starts,
 * sets the Markdown processor with the archive's plugins, adds the sitemap, and after the pages writes the
 * search index and `_headers`. The content read by the check is the content every later step uses.
 */
export function archive(): AstroIntegration {
  let content: ArchiveData | undefined;
  let base = '/';
  // The plugins run after config:setup has read the content; they read it through this, never a second time.
  const checked = (): ArchiveData => {
    if (!content) throw new Error('the archive integration has not checked the content yet (astro:config:setup)');
    return content;
  };
  return {
    name: 'archive',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        content = checkContent(logger);
        updateConfig({
          markdown: { processor: markdownProcessor(config.base, () => checked().people) },
          integrations: [archiveSitemap(String(config.site), config.base, fileURLToPath(config.outDir))],
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeSearchIndex(dir, new Archive(checked()), base, logger);
        writeHeadersFile(dir, base);
      },
    },
  };
}
