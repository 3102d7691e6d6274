// Marks the search terms a result carried to this page (`?highlight=…`) with Pagefind's highlighter, loaded
// from the site's own search bundle only when there are terms to mark, with no inline style (the site's
// Content-Security-Policy allows none): the archive's stylesheet styles the marks.
import { termsToHighlight, HIGHLIGHT_PARAM } from '../lib/search/highlight.ts';
import { bundleUrl } from './search/pagefind.ts';
import type { Lang } from '../schemas/langs.ts';

interface HighlightOptions {
  highlightParam: string;
  markContext: string;
  addStyles: boolean;
  markOptions: { className: string; exclude: string[] };
}
declare global {
  interface Window {
    PagefindHighlight?: new (options: HighlightOptions) => unknown;
  }
}

export async function startHighlight(): Promise<void> {
  const notice = document.querySelector<HTMLElement>('[data-highlight-notice]');
  const area = notice?.dataset.highlightArea;
  const terms = termsToHighlight(location.search);
  if (!notice || !area || terms.length === 0) return;
  const lang = document.documentElement.lang as Lang;
  await import(/* @vite-ignore */ bundleUrl(notice.dataset.base ?? '/', lang, 'pagefind-highlight.js'));
  if (!window.PagefindHighlight) return;
  new window.PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    markContext: area,
    addStyles: false,
    markOptions: { className: 'search-highlight', exclude: ['[data-highlight-notice]', '[data-highlight-notice] *'] },
  });
  notice.querySelector('[data-highlight-terms]')!.textContent = terms.join(', ');
  notice.hidden = false;
}
