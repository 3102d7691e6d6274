import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { routePaths, routeView } from '../../astro/routes.ts';
import type { ParamsOf } from '../../lib/build/routes.ts';

export const getStaticPaths = () => routePaths('feed');

/** `/ko/feed.xml`, `/en/feed.xml`: the latest documents of each language as RSS 2.0. */
export const GET: APIRoute = async ({ params }) => {
  const feed = await routeView('feed', params as ParamsOf<'feed'>);
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
