import type { APIRoute } from 'astro';
import { landSvg } from '../../lib/map/world-map.ts';

// The land every map of the site draws its places over: one file, fetched once (src/lib/map/world-map.ts).
export const GET: APIRoute = () => new Response(landSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
