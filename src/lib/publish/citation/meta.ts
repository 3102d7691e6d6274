import { collapseSpace } from '../../text/whitespace.ts';
import type { Citation } from './model.ts';

/** Where the `DC.*` names are defined (`<link rel="schema.DC">`), as the Dublin Core convention for HTML has it. */
export const DC_SCHEMA = 'http://purl.org/dc/elements/1.1/';

export interface MetaTag {
  name: string;
  content: string;
}

/**
 * `citation_*` (Highwire Press, read by Google Scholar, Zotero and Mendeley) and `DC.*` tags for an article's
 * head, in the version's language: the title verbatim, the author and publisher as the document gives them
 * (no added qualifier), dates as `YYYY/MM/DD` (citation) and `YYYY-MM-DD` (DC), the archived copy's absolute URL.
 */
export function citationMeta(c: Citation): MetaTag[] {
  const author = c.author.person ? c.author.names[c.lang] : c.issuer[c.lang];
  const publisher = c.publisher[c.lang];
  const tags: [string, string | undefined][] = [
    ['citation_title', c.title],
    ['citation_author', author],
    ['citation_publication_date', c.published.replaceAll('-', '/')],
    ['citation_publisher', publisher],
    ['citation_language', c.lang],
    ['citation_public_url', c.archiveUrl],
    ['citation_abstract_html_url', c.archiveUrl],
    ['DC.title', c.title],
    ['DC.creator', author],
    ['DC.publisher', publisher],
    ['DC.date', c.published],
    ['DC.language', c.lang],
    ['DC.type', 'Text'],
    ['DC.identifier', c.archiveUrl],
    ['DC.source', c.sourceUrl],
  ];
  return tags.flatMap(([name, content]) => (content ? [{ name, content: collapseSpace(content) }] : []));
}
