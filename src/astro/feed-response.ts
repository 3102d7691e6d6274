import rss from '@astrojs/rss';
import type { Feed } from '../lib/publish/feed.ts';

/** A feed as RSS 2.0, with its language and its own address (atom:link rel="self"). */
export function feedResponse(feed: Feed): Promise<Response> {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return rss({
    title: feed.title,
    description: feed.description,
    site: feed.home,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${feed.language}</language><atom:link href="${escape(feed.self)}" rel="self" type="application/rss+xml"/>`,
    items: feed.items,
  });
}
