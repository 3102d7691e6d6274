import type { SourceKind } from '../../../schemas/index.ts';
import { LOCALE, t } from '../../i18n/index.ts';
import { capitalise, dateParts, type Citation } from './model.ts';
import { collapseSpace } from '../../text/whitespace.ts';
import { container, translationLabel } from './text.ts';

/** CSL item types: a release is a report (genre: press release), a news report a newspaper article. */
export const CSL_TYPES: Record<SourceKind, string> = { official: 'report', news: 'article-newspaper', blog: 'post-weblog' };

export interface CslItem {
  id: string;
  type: string;
  genre: string;
  title: string;
  author: { literal: string }[];
  publisher?: string;
  'container-title'?: string;
  translator?: { literal: string }[];
  'original-title'?: string;
  issued: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  archive: string;
  note?: string;
}

/**
 * The version as one CSL-JSON item: the author as a literal name (a body, or a person as given); the outlet as
 * `container-title` for a news report or blog post; `URL` is the archived copy, `archive` the archive's name;
 * translation status and the original URL in `note`. Fixed words are in the version's language.
 */
export function cslItem(c: Citation): CslItem {
  const d = t(c.lang);
  const translation = translationLabel(c, c.lang);
  const note = [translation, c.sourceUrl && d.cite.original(c.sourceUrl)].filter(Boolean).join('; ');
  return {
    id: c.key,
    type: CSL_TYPES[c.kind],
    genre: capitalise(d.cite.kinds[c.kind]),
    title: collapseSpace(c.title),
    author: [{ literal: collapseSpace(c.author.names[c.lang]) }],
    ...(container(c, c.lang) && { publisher: collapseSpace(c.publisher[c.lang]) }),
    ...(c.kind !== 'official' && { 'container-title': collapseSpace(c.publisher[c.lang]) }),
    ...(c.translation.by && { translator: [{ literal: collapseSpace(c.translation.by) }] }),
    ...(c.originalTitle && { 'original-title': collapseSpace(c.originalTitle) }),
    issued: { 'date-parts': [dateParts(c.published)] },
    URL: c.archiveUrl,
    language: LOCALE[c.lang],
    archive: d.siteName,
    ...(note && { note: capitalise(note) }),
  };
}

/** A CSL-JSON file: an array of one item, indented, with a final newline. */
export const cslJson = (c: Citation): string => `${JSON.stringify([cslItem(c)], null, 2)}\n`;
