import type { APIRoute } from 'astro';
import { siteUrls } from '../lib/publish/seo.ts';
import { paths } from '../lib/model/urls.ts';

/**
 * Every page may be crawled; the sitemap lists them. (Crawlers read robots.txt only at the origin's root: under
 * a BASE_PATH the host's own robots.txt should point to this sitemap.)
 */
export const GET: APIRoute = ({ site }) => {
  const { abs } = siteUrls(site, import.meta.env.BASE_URL);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${abs(paths.sitemap())}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
