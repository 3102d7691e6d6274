// One search result as the list shows it: title link, meeting facts, provenance badge, language, excerpt.
import type { Dictionary } from '../../lib/i18n/index.ts';
import { formatDate } from '../../lib/model/dates.ts';
import { safeExcerpt } from '../../lib/search/query-state.ts';
import type { Lang } from '../../schemas/langs.ts';

export interface Hit {
  id: string;
  score: number;
  date: string;
  lang: Lang;
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

export function resultItem(h: Hit, lang: Lang, d: Dictionary, countries: Record<string, string>): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  li.dataset.url = h.url;
  const h3 = document.createElement('h3');
  const a = Object.assign(document.createElement('a'), { href: h.url, textContent: h.meta.title ?? h.url });
  a.lang = h.lang;
  h3.append(a);
  const meta = document.createElement('ul');
  meta.className = 'meta';
  const kind = h.meta.kind as keyof typeof d.kinds;
  const items: (string | HTMLElement)[] = [
    h.meta.date ? formatDate(h.meta.date, lang) : '',
    (h.meta.counterparts ?? '')
      .split(' ')
      .filter(Boolean)
      .map((c) => countries[c] ?? c)
      .join(', '),
    d.levels[h.meta.level as keyof typeof d.levels] ?? '',
    Object.assign(document.createElement('span'), { className: `badge badge--${kind}`, textContent: d.kinds[kind] ?? kind }),
    d.langNames[h.lang],
  ];
  for (const item of items.filter(Boolean)) {
    const li2 = document.createElement('li');
    li2.append(item);
    meta.append(li2);
  }
  const excerpt = document.createElement('p');
  excerpt.lang = h.lang;
  excerpt.innerHTML = safeExcerpt(h.excerpt);
  li.append(h3, meta, excerpt);
  return li;
}
