// @ts-check
import { defineConfig } from 'astro/config';
import { archive } from './src/integrations/index.ts';
import { outDirSetting } from './src/lib/build/out-dir.ts';
import { siteSettings } from './src/lib/model/site.ts';

// SITE_URL and BASE_PATH (or the host's own variables) say where the archive is deployed; see the README.
const { site, base } = siteSettings();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // ARCHIVE_OUT_DIR, checked: a folder of its own that Astro takes for what it is.
  outDir: outDirSetting(),
  // Separate caches let builds of different content folders (tests, benchmarks) run without mixing data.
  cacheDir: process.env.ARCHIVE_CACHE_DIR || './node_modules/.astro',
  // Styles and scripts stay in files of their own: the Content-Security-Policy allows no inline ones.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Nor are small scripts inlined (Astro inlines those under Vite's asset limit).
  vite: { build: { assetsInlineLimit: 0 } },
  // A rebuild renders again only the pages whose cache key (the digest of what the page shows) or code changed,
  // and copies the others from the cache folder (src/lib/build/routes.ts).
  experimental: { incrementalBuild: true },
  // Content checks, the search index, the sitemap and _headers.
  integrations: [archive()],
});
