// /data/<file>: the open-data files (src/lib/publish/open-data-files.ts), one route so that each has a cache
// key: a file is written again only when the records it is made from change.
import type { APIRoute } from 'astro';
import { loadArchive, siteLocation } from '../../astro/archive.ts';
import { keyedPaths, recordsDigest } from '../../lib/build/page-keys.ts';
import { OPEN_DATA, type OpenDataFile } from '../../lib/publish/open-data-files.ts';
import { OPEN_DATA_FILES } from '../../lib/publish/open-data.ts';

export async function getStaticPaths() {
  const archive = await loadArchive();
  const { base } = siteLocation();
  // Every file is made from all the archive's records and the base of its URLs: its view is their digest.
  const records = recordsDigest(archive);
  return keyedPaths(
    archive,
    OPEN_DATA_FILES.map((file) => ({ params: { file }, view: { file, base, records } })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { file, base } = (props as { view: { file: OpenDataFile; base: string } }).view;
  const data = OPEN_DATA[file];
  return new Response(new Uint8Array(data.bytes(await loadArchive(), base)), { headers: { 'Content-Type': data.type } });
};
