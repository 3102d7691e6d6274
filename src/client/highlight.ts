// Marks the search terms a result carried to this page (`?highlight=…`) with Pagefind's highlighter, loaded
// from the site's own search bundle only when there are terms to mark, with no inline style (the site's
// Content-Security-Policy allows none): the archive's stylesheet styles the marks. It imports nothing, so an
// article that is only read loads a few hundred bytes; the parameter's name and the highlighter's address come
// from the page (lib/search/highlight).

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
  const { highlightArea: area, highlightParam: param, highlighter } = notice?.dataset ?? {};
  if (!notice || !area || !param || !highlighter) return;
  const terms = [
    ...new Set(
      new URLSearchParams(location.search)
        .getAll(param)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
  if (terms.length === 0) return;
  await import(/* @vite-ignore */ highlighter);
  if (!window.PagefindHighlight) return;
  new window.PagefindHighlight({
    highlightParam: param,
    markContext: area,
    addStyles: false,
    markOptions: { className: 'search-highlight', exclude: ['[data-highlight-notice]', '[data-highlight-notice] *'] },
  });
  notice.querySelector('[data-highlight-terms]')!.textContent = terms.join(', ');
  notice.hidden = false;
}
