// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { archiveChecks, checkedContent } from './src/integrations/content-checks.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeadersFile } from './src/integrations/security-headers.ts';
import { archiveSitemap } from './src/integrations/sitemap.ts';
import { benchTimings } from './src/dev/bench/timings-integration.ts';
import { siteSettings } from './src/lib/model/site.ts';
import { contentDir, folderDigest } from './src/lib/content/folder-fs.ts';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rehypeSafeHtml } from './src/markdown/rehype-safe-html.ts';
import { rehypeParagraphAnchors } from './src/markdown/rehype-paragraph-anchors.ts';
import { rehypePersonLinks } from './src/markdown/rehype-person-links.ts';
import { remarkArchiveGfm } from './src/markdown/gfm.ts';
import { paths, withBase } from './src/lib/model/urls.ts';

const { site, base } = siteSettings();
const outDir = process.env.ARCHIVE_OUT_DIR || './dist';
const timings = process.env.ARCHIVE_BENCH_TIMINGS ? benchTimings(process.env.ARCHIVE_BENCH_TIMINGS) : undefined;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir,
  // Separate caches let builds of different content folders (tests, benchmarks) run without mixing data.
  cacheDir: process.env.ARCHIVE_CACHE_DIR || './node_modules/.astro',
  // Styles and scripts stay in files of their own: the Content-Security-Policy allows no inline ones.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [...(timings ? [timings.first] : []), archiveChecks(), searchIndex(), securityHeadersFile(), archiveSitemap(site, base, resolve(fileURLToPath(new URL('.', import.meta.url)), outDir)), ...(timings ? [timings.last] : [])],
  markdown: {
    // Highlighting writes inline styles, which the site's Content-Security-Policy forbids; releases carry no code.
    syntaxHighlight: false,
    // Bodies are verbatim records: no smart quotes or dashes may rewrite them.
    processor: unified({
      smartypants: false,
      // GFM with the archive's options (a single `~` is text), the same as every other view of a body.
      gfm: false,
      remarkPlugins: [[...remarkArchiveGfm]],
      rehypePlugins: [
        // First: raw HTML from scraped pages is parsed and made inert before anything else sees the tree.
        rehypeSafeHtml,
        rehypeParagraphAnchors,
        // The registry is read by the content checks when the build starts; names link to the people pages.
        [rehypePersonLinks, { registry: folderDigest(join(contentDir(), 'people')), people: () => checkedContent().people, href: (/** @type {'ko' | 'en'} */ lang, /** @type {string} */ id) => withBase(base, paths.person(lang, id)) }],
      ],
    }),
  },
});
