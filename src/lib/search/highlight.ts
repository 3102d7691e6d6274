/**
 * The search terms a result carries to the page it opens, for Pagefind's highlighter there: each a
 * `highlight` parameter of the address (`?highlight=동맹&highlight=Pompeo#p3`), so the marked page can be
 * shared and Back returns to it.
 */
import type { Through } from './matched.ts';
import { queryWords } from './matched.ts';

export const HIGHLIGHT_PARAM = 'highlight';

/** What to mark on the page: the query's words, and the forms a result matched through. */
export function highlightTerms(query: string, through: readonly Through[] = []): string[] {
  return [...new Set([...queryWords(query), ...through.map((t) => t.via)])];
}

/** A result's address with its terms, at a paragraph's anchor when given. */
export function highlightHref(url: string, terms: readonly string[], anchor?: string): string {
  const params = new URLSearchParams();
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  const query = params.toString();
  return `${url}${query ? `?${query}` : ''}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
}
