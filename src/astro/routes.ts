// The routes' pages and views for Astro (src/lib/build/routes.ts): getStaticPaths gives each page its params
// and its cache key (computed on another thread in a build), and the page computes its view when it renders.
import { pageName, ROUTES, type ParamsOf, type RouteDef, type RouteName, type ViewOf } from '../lib/build/routes.ts';
import { loadArchive, pageKeys, siteLocation } from './archive.ts';

/** getStaticPaths of a route: every page's params and, in a build, its cache key. */
export async function routePaths<N extends RouteName>(name: N): Promise<{ params: ParamsOf<N>; cacheKey?: string }[]> {
  const archive = await loadArchive();
  const keys = await pageKeys(name);
  const def = ROUTES[name] as unknown as RouteDef<ParamsOf<N>, unknown>;
  return def.pages(archive).map((params) => {
    const cacheKey = keys?.get(pageName(name, params));
    if (keys && cacheKey === undefined) throw new Error(`no cache key for the ${name} page ${JSON.stringify(params)}: the keys and the pages disagree`);
    return { params, ...(cacheKey === undefined ? {} : { cacheKey }) };
  });
}

/** The view a page of a route renders from. */
export async function routeView<N extends RouteName>(name: N, params: ParamsOf<N>): Promise<ViewOf<N>> {
  const def = ROUTES[name] as unknown as RouteDef<ParamsOf<N>, ViewOf<N>>;
  return def.view(await loadArchive(), siteLocation(), params);
}
