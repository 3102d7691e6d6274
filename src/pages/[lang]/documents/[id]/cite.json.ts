// /<lang>/documents/<id>/cite.json: the document version's citation as CSL-JSON.
import { citationPaths, citationRoute } from '../../../../astro/citation-route.ts';

export const getStaticPaths = citationPaths;
export const GET = citationRoute('json');
