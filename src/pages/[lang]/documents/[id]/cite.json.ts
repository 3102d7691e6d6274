// /<lang>/documents/<id>/cite.json: the document version's citation as CSL-JSON.
import { citationPaths, citationRoute } from '../../../../lib/citation/endpoint.ts';

export const getStaticPaths = citationPaths;
export const GET = citationRoute('json');
