// /<lang>/documents/<id>/cite.bib: the document version's citation as BibTeX.
import { citationPaths, citationRoute } from '../../../../astro/citation-route.ts';

export const getStaticPaths = citationPaths;
export const GET = citationRoute('bib');
