import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadArchive } from '../../astro/collections.ts';
import { documentFeed } from '../../lib/publish/feed.ts';
import { pathsPerLanguage } from '../../astro/paths-per-language.ts';
import { siteUrls } from '../../lib/publish/seo.ts';
import type { Lang } from '../../schemas/common.ts';

export const getStaticPaths = pathsPerLanguage;

/** `/ko/feed.xml`, `/en/feed.xml`: the latest documents of each language as RSS 2.0. */
export const GET: APIRoute = async ({ props, site }) => {
  const { abs } = siteUrls(site, import.meta.env.BASE_URL);
  const feed = documentFeed(await loadArchive(), (props as { lang: Lang }).lang, abs);
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
