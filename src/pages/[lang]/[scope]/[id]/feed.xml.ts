import type { APIRoute } from 'astro';
import { feedResponse } from '../../../../astro/feed-response.ts';
import { routePaths, routeView } from '../../../../astro/routes.ts';
import type { ParamsOf } from '../../../../lib/build/routes.ts';

export const getStaticPaths = () => routePaths('scopedFeed');

/** `/ko/countries/<code>/feed.xml`, `/ko/people/<id>/feed.xml`, `/ko/topics/<id>/feed.xml`: the latest 50 documents on one. */
export const GET: APIRoute = async ({ params }) => feedResponse(await routeView('scopedFeed', params as ParamsOf<'scopedFeed'>));
