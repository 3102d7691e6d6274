import { existsSync } from 'node:fs';
import { join } from 'node:path';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { sitemapAlternates } from '../lib/publish/seo.ts';

/**
 * `sitemap-index.xml` with every page (not the 404, the feeds or the data files) and, for each, the same
 * `hreflang` alternates its head carries. The sitemap is written after the pages, so whether a language
 * version exists is read off the built files.
 */
export function archiveSitemap(site: string, base: string, outDir: string): AstroIntegration {
  const root = new URL(base, site).href;
  const built = (path: string) => existsSync(join(outDir, path, 'index.html'));
  return sitemap({
    filter: (url) => url.endsWith('/'),
    serialize: (item) => {
      const links = sitemapAlternates(item.url, root, built);
      return { url: item.url, ...(links.length ? { links } : {}) };
    },
  });
}
