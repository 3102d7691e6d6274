import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/collections.ts';
import { peopleOpenData } from '../../lib/open-data.ts';

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  return new Response(JSON.stringify(peopleOpenData(archive, import.meta.env.BASE_URL), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
