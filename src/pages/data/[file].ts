// /data/<file>: the open-data files (src/lib/publish/open-data-files.ts), one route so that each has a cache
// key: a file is written again only when the records it is made from change.
import type { APIRoute } from 'astro';
import { loadArchive } from '../../astro/archive.ts';
import { routePaths, routeView } from '../../astro/routes.ts';
import type { ParamsOf } from '../../lib/build/routes.ts';
import { OPEN_DATA } from '../../lib/publish/open-data-files.ts';

export const getStaticPaths = () => routePaths('openData');

export const GET: APIRoute = async ({ params }) => {
  const { file, base } = await routeView('openData', params as ParamsOf<'openData'>);
  const data = OPEN_DATA[file];
  return new Response(new Uint8Array(data.bytes(await loadArchive(), base)), { headers: { 'Content-Type': data.type } });
};
