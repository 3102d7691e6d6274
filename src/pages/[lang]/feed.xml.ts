import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadArchive, siteLocation } from '../../astro/archive.ts';
import { perLanguage } from '../../lib/build/page-keys.ts';
import { documentFeed, type Feed } from '../../lib/publish/feed.ts';
import { siteUrls } from '../../lib/publish/seo.ts';

export async function getStaticPaths() {
  const archive = await loadArchive();
  const { site, base } = siteLocation();
  const { abs } = siteUrls(site, base);
  return perLanguage(archive, (lang) => documentFeed(archive, lang, abs));
}

/** `/ko/feed.xml`, `/en/feed.xml`: the latest documents of each language as RSS 2.0. */
export const GET: APIRoute = async ({ props }) => {
  const feed = (props as { view: Feed }).view;
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return rss({
    title: feed.title,
    description: feed.description,
    site: feed.home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${feed.language}</language><atom:link href="${escape(feed.self)}" rel="self" type="application/rss+xml"/>`,
    items: feed.items,
  });
};
