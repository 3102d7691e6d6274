// What the three citation endpoints (src/pages/[lang]/documents/[id]/cite.*.ts) share: one file per document
// version, written at build time. Static hosts choose the Content-Type by extension; the header set here is
// what the development server sends.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive, siteLocation } from './archive.ts';
import { keyedPaths } from '../lib/build/page-keys.ts';
import { citationFormat, type CitationFormat } from '../lib/publish/citation/formats.ts';
import { citationOf, type Citation } from '../lib/publish/citation/model.ts';

export const citationPaths: GetStaticPaths = async () => {
  const archive = await loadArchive();
  const location = siteLocation();
  return keyedPaths(
    archive,
    archive.input.documents.map((v) => ({ params: { lang: v.lang, id: v.id }, view: citationOf(archive, v, location) })),
  );
};

export function citationRoute(ext: CitationFormat): APIRoute {
  const format = citationFormat(ext);
  return async ({ props }) => {
    const body = format.render((props as { view: Citation }).view);
    return new Response(body, { headers: { 'Content-Type': format.contentType } });
  };
}
