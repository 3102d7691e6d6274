import type { APIRoute } from 'astro';
import { feedResponse } from '../../astro/feed-response.ts';
import { routePaths, routeView } from '../../astro/routes.ts';
import type { ParamsOf } from '../../lib/build/routes.ts';

export const getStaticPaths = () => routePaths('feed');

/** `/ko/feed.xml`, `/en/feed.xml`: the latest documents of each language as RSS 2.0. */
export const GET: APIRoute = async ({ params }) => feedResponse(await routeView('feed', params as ParamsOf<'feed'>));
