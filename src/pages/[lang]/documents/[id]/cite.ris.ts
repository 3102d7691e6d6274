// /<lang>/documents/<id>/cite.ris: the document version's citation as RIS.
import { citationPaths, citationRoute } from '../../../../lib/citation/endpoint.ts';

export const getStaticPaths = citationPaths;
export const GET = citationRoute('ris');
