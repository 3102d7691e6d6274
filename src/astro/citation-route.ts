// What the three citation endpoints (src/pages/[lang]/documents/[id]/cite.*.ts) share: one file per document
// version, written at build time. Static hosts choose the Content-Type by extension; the header set here is
// what the development server sends.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Lang } from '../schemas/common.ts';
import { loadArchive } from './collections.ts';
import { citationFormat, type CitationFormat } from '../lib/publish/citation/formats.ts';
import { citationOf } from '../lib/publish/citation/model.ts';

export const citationPaths: GetStaticPaths = async () => {
  const archive = await loadArchive();
  return archive.input.documents.map((v) => ({ params: { lang: v.lang, id: v.id } }));
};

export function citationRoute(ext: CitationFormat): APIRoute {
  const format = citationFormat(ext);
  return async ({ params, site }) => {
    const archive = await loadArchive();
    const version = archive.document(params.id!).versions[params.lang as Lang]!;
    const body = format.render(citationOf(archive, version, { site, base: import.meta.env.BASE_URL }));
    return new Response(body, { headers: { 'Content-Type': format.contentType } });
  };
}
