import { join } from 'node:path';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { sitemapAlternates } from '../lib/publish/seo.ts';

/** What the archive integration tells the sitemap after the pages: which exist, and whether any came or went. */
export interface SitemapInput {
  /** The page and endpoint files of the build, relative to the output folder. */
  files: ReadonlySet<string>;
  /** The same files as the build before, whose sitemap is still in the kept output folder. */
  unchanged: boolean;
}

/**
 * `sitemap-index.xml` with every page (not the 404, the feeds or the data files) and, for each, the same
 * `hreflang` alternates its head carries. The sitemap is written after the pages, so whether a language
 * version exists is read off the build's files; when no page came or went since the build whose output is kept,
 * the sitemap there is still right and is not written again.
 */
export function archiveSitemap(site: string, base: string, input: () => SitemapInput): AstroIntegration {
  const root = new URL(base, site).href;
  const built = (path: string) => input().files.has(join(path.replace(/^\//, ''), 'index.html'));
  const inner = sitemap({
    filter: (url) => url.endsWith('/'),
    serialize: (item) => {
      const links = sitemapAlternates(item.url, root, built);
      return { url: item.url, ...(links.length ? { links } : {}) };
    },
  });
  const done = inner.hooks['astro:build:done']!;
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:build:done': async (params) => {
        if (!input().unchanged) await done(params);
      },
    },
  };
}
