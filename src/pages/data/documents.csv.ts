import type { APIRoute } from 'astro';
import { loadArchive } from '../../lib/collections.ts';
import { documentsCsv } from '../../lib/open-data-csv.ts';

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  return new Response(documentsCsv(archive, import.meta.env.BASE_URL), {
    // header=present: RFC 4180's MIME parameter saying the first record names the columns.
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
