// The search page's enhancement: runs the query against the Korean and English Pagefind bundles, merges the
// results, and keeps query, filters and sort in the URL. Everything else on the site works without it.
import { formatDate } from '../lib/dates.ts';
import { otherLang, t } from '../lib/i18n/index.ts';
import { mergeHits, pagefindFilters, parseState, safeExcerpt, stateToSearch, sumCounts, type SearchState } from '../lib/search/query-state.ts';
import type { Lang } from '../schemas/common.ts';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o: object) => Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> }>;
}
interface Hit {
  id: string;
  score: number;
  date: string;
  lang: Lang;
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}

const PAGE = 10;

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const lang = root.dataset.lang as Lang;
  const base = root.dataset.base ?? '/';
  const years = JSON.parse(root.dataset.years ?? '[]') as string[];
  const countries = JSON.parse(root.dataset.countries ?? '{}') as Record<string, string>;
  const d = t(lang);
  const form = root.querySelector<HTMLFormElement>('form')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;

  const bundles = new Map<Lang, Promise<Pagefind>>();
  const bundle = (l: Lang) => {
    if (!bundles.has(l)) {
      const url = `${base.replace(/\/?$/, '/')}pagefind/${l}/pagefind.js`;
      bundles.set(l, import(/* @vite-ignore */ url).then(async (pf: Pagefind) => (await pf.options({ excerptLength: 24 }), pf)));
    }
    return bundles.get(l)!;
  };

  const readForm = (): SearchState => parseState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString());
  const writeForm = (s: SearchState) => {
    (form.elements.namedItem('q') as HTMLInputElement).value = s.q;
    (form.elements.namedItem('only') as HTMLInputElement).checked = s.only;
    (form.elements.namedItem('from') as HTMLSelectElement).value = s.from ?? '';
    (form.elements.namedItem('to') as HTMLSelectElement).value = s.to ?? '';
    (form.elements.namedItem('sort') as HTMLSelectElement).value = s.sort;
    const chosen: Record<string, string[]> = { country: s.counterparts, level: s.levels, format: s.formats, kind: s.kinds };
    for (const box of form.querySelectorAll<HTMLInputElement>('fieldset input[type=checkbox]')) box.checked = chosen[box.name]?.includes(box.value) ?? false;
  };

  let run = 0;
  // Pagefind reports a count per filter value only once its filter index is loaded. That index is large, so
  // it loads after the first results are on screen, and the search runs again for the counts.
  const filterLoads = new Map<Lang, Promise<unknown>>();
  // The counts are for what the reader is looking at when the filters arrive, not when they were asked for.
  let latest: SearchState | undefined;
  const loadFilters = (langs: Lang[]) => {
    // Only what this search newly needs: a narrowed search never downloads the other language's filters.
    if (langs.every((l) => filterLoads.has(l))) return;
    const loads = langs.map((l) => {
      if (!filterLoads.has(l)) filterLoads.set(l, bundle(l).then((pf) => pf.filters()));
      return filterLoads.get(l)!;
    });
    void Promise.all(loads).then(() => latest && search(latest, true));
  };

  let hits: Hit[] = [];
  let shown = PAGE;

  const render = () => {
    list.replaceChildren(...hits.slice(0, shown).map(renderHit));
    more.hidden = Number(more.dataset.total ?? 0) <= shown;
  };
  const renderHit = (h: Hit) => {
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
      (h.meta.counterparts ?? '').split(' ').filter(Boolean).map((c) => countries[c] ?? c).join(', '),
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
  };

  const showCounts = (counts: Record<string, Record<string, number>>) => {
    for (const span of root.querySelectorAll<HTMLElement>('[data-count]')) {
      const [filter, value] = span.dataset.count!.split(':') as [string, string];
      span.textContent = `(${counts[filter]?.[value] ?? 0})`;
    }
  };

  const search = async (s: SearchState, quiet = false) => {
    const mine = quiet ? run : ++run;
    if (!quiet) latest = s;
    const filters = pagefindFilters(s, years);
    if (!s.q && Object.keys(filters).length === 0) {
      hits = [];
      status.textContent = '';
      render();
      return;
    }
    if (!quiet) status.textContent = d.search.loading;
    delete list.dataset.complete;
    delete list.dataset.query;
    try {
      const langs: Lang[] = s.only ? [lang] : [lang, otherLang(lang)];
      const sort = s.sort === 'relevance' ? {} : { sort: { date: s.sort === 'newest' ? 'desc' : 'asc' } };
      // Each index comes back ranked, so the first `shown` of each are enough to merge the first `shown`.
      const one = async (l: Lang) => {
        const res = await (await bundle(l)).search(s.q || null, { filters, ...sort });
        const loaded = await Promise.all(res.results.slice(0, shown).map(async (r) => ({ ...(await r.data()), id: r.id, score: r.score, lang: l })));
        return { res, hits: loaded.map((h) => ({ ...h, date: h.meta.date ?? '' })) };
      };
      const done: Awaited<ReturnType<typeof one>>[] = [];
      const show = () => {
        hits = mergeHits(done.map((x) => x.hits), s.sort);
        more.dataset.total = String(done.reduce((n, x) => n + x.res.results.length, 0));
        render();
      };
      // The page's own language first: its results show before the other language's runtime and index load,
      // then the other's merge in.
      for (const l of langs) {
        const x = await one(l);
        if (mine !== run) return;
        done.push(x);
        show();
        list.dataset.query = s.q;
      }
      const total = Number(more.dataset.total);
      status.textContent = total ? d.search.results(total) : d.search.noResults;
      list.dataset.complete = '';
      if (langs.every((l) => filterLoads.has(l))) showCounts(sumCounts(done.map(({ res }) => res.filters)));
      if (!quiet) loadFilters(langs);
    } catch {
      if (mine === run) status.textContent = d.search.failed;
    }
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  const commit = (push: boolean) => {
    const s = readForm();
    const url = `${location.pathname}${stateToSearch(s)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    shown = PAGE;
    void search(s);
  };
  form.addEventListener('input', (e) => {
    if ((e.target as HTMLElement).id !== 'search-q') return;
    clearTimeout(typing);
    typing = setTimeout(() => commit(false), 250);
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).id !== 'search-q') commit(true);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(typing);
    commit(true);
  });
  more.addEventListener('click', () => {
    shown += PAGE;
    void search(readForm());
  });
  window.addEventListener('popstate', () => {
    const s = parseState(location.search);
    writeForm(s);
    shown = PAGE;
    void search(s);
  });

  const initial = parseState(location.search);
  writeForm(initial);
  void search(initial);
}
