// One search result as the list shows it: title link, meeting facts, provenance badge, language, the
// paragraphs that matched (or the excerpt), and what it matched through.
import type { Dictionary } from '../../lib/i18n/index.ts';
import { formatDate } from '../../lib/model/dates.ts';
import { highlightHref, highlightTerms } from '../../lib/search/highlight.ts';
import { extraLocations, matchedThrough } from '../../lib/search/matched.ts';
import { passagesOf } from '../../lib/search/passages.ts';
import { safeExcerpt } from '../../lib/search/query-state.ts';
import type { Lang } from '../../schemas/langs.ts';
import type { PagefindData } from './pagefind.ts';

export interface Hit extends PagefindData {
  id: string;
  score: number;
  date: string;
  lang: Lang;
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] =>
  Object.assign(document.createElement(tag), props);

/** An excerpt (Pagefind's HTML: text and <mark>) as a paragraph in the document's language. */
function excerptOf(html: string, lang: Lang, tag: 'p' | 'span' = 'p'): HTMLElement {
  const el = element(tag, { className: 'excerpt' });
  el.lang = lang;
  el.innerHTML = safeExcerpt(html);
  return el;
}

export function resultItem(h: Hit, lang: Lang, d: Dictionary, countries: Record<string, string>, query = ''): HTMLLIElement {
  const li = element('li', { className: 'search-result' });
  li.dataset.url = h.url;
  const content = h.raw_content ?? '';
  const through = query ? matchedThrough(query, content, h.meta.terms) : [];
  const terms = highlightTerms(query, through);
  const located = h.weighted_locations ?? [];
  const passages = passagesOf(content, h.anchors ?? [], [...located, ...extraLocations(content, query, through, located)]);
  const h3 = element('h3');
  const a = element('a', { href: highlightHref(h.url, terms), textContent: h.meta.title ?? h.url });
  a.lang = h.lang;
  h3.append(a);
  const meta = element('ul', { className: 'meta' });
  const first = (filter: string) => h.filters?.[filter]?.[0] ?? '';
  const kind = first('kind') as keyof typeof d.kinds;
  const items: (string | HTMLElement)[] = [
    h.date ? formatDate(h.date, lang) : '',
    (h.filters?.counterpart ?? []).map((c) => countries[c] ?? c).join(', '),
    d.levels[first('level') as keyof typeof d.levels] ?? '',
    element('span', { className: `badge badge--${kind}`, textContent: d.kinds[kind] ?? kind }),
    d.langNames[h.lang],
  ];
  for (const item of items.filter(Boolean)) {
    const li2 = element('li');
    li2.append(item);
    meta.append(li2);
  }
  li.append(h3, meta);
  if (passages.length) {
    // Each paragraph that matched, best first, linked at its anchor: the result lands on the passage.
    const list = element('ul', { className: 'passages plain-list' });
    list.setAttribute('aria-label', d.search.passages);
    for (const p of passages) {
      const item = element('li');
      item.dataset.passage = p.id;
      item.append(
        element('a', { href: highlightHref(h.url, terms, p.id), textContent: d.search.paragraph(p.label) }),
        ' ',
        excerptOf(p.excerpt, h.lang, 'span'),
      );
      list.append(item);
    }
    li.append(list);
  } else li.append(excerptOf(h.excerpt, h.lang));
  if (through.length) {
    const note = element('p', { className: 'through' });
    note.dataset.through = '';
    note.append(`${d.search.through}: `);
    through.forEach((t, i) => {
      if (i) note.append(', ');
      const via = element('span', { textContent: t.via });
      via.lang = h.lang;
      note.append(`${t.query} → `, via);
    });
    li.append(note);
  }
  return li;
}
