// /<lang>/documents/<id>/cite.ris: the document version's citation as RIS.
import { citationPaths, citationRoute } from '../../../../astro/citation-route.ts';

export const getStaticPaths = citationPaths;
export const GET = citationRoute('ris');
