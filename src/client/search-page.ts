// The search page's enhancement: runs the query against the Korean and English Pagefind bundles, merges the
// results, and keeps query, filters and sort in the URL. Everything else on the site works without it.
import { formatDate } from '../lib/model/dates.ts';
import { otherLang, t } from '../lib/i18n/index.ts';
import { countFacets, FACETS_FILE, type Facets } from '../lib/search/facets.ts';
import { mergeHits, pagefindFilters, parseState, safeExcerpt, stateToSearch, sumCounts, type SearchState } from '../lib/search/query-state.ts';
import { paths, withBase } from '../lib/model/urls.ts';
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

  const bundleUrl = (l: Lang, file: string) => withBase(base, paths.searchBundle(l)) + file;
  const bundles = new Map<Lang, Promise<Pagefind>>();
  // Runtimes that have finished loading: once both have, the two languages are searched at the same time.
  const loaded = new Set<Lang>();
  const bundle = (l: Lang) => {
    if (!bundles.has(l)) {
      const url = bundleUrl(l, 'pagefind.js');
      bundles.set(
        l,
        import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
          await pf.options({ excerptLength: 24 });
          loaded.add(l);
          return pf;
        }),
      );
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
  // Counts per filter value come from a table of every page's filter values (lib/search/facets), loaded after
  // the first results are on screen and only for the languages searched; Pagefind's own counting would slow
  // every later search.
  const facetLoads = new Map<Lang, Promise<Facets>>();
  const facets = new Map<Lang, Facets>();
  // The result ids of what the reader is looking at: counted when the tables arrive, not when they were asked for.
  let counted: { langs: Lang[]; ids: Map<Lang, string[]>; started: number } | undefined;
  const showCountsIfReady = () => {
    if (!counted || !counted.langs.every((l) => facets.has(l))) return;
    const { langs, ids } = counted;
    showCounts(sumCounts(langs.map((l) => countFacets(facets.get(l)!, ids.get(l) ?? []))));
    root.dataset.counted = '';
    performance.measure('archive-search:counts', { start: counted.started });
  };
  const loadFacets = (langs: Lang[]) => {
    for (const l of langs) {
      if (facetLoads.has(l)) continue;
      const load = fetch(bundleUrl(l, FACETS_FILE)).then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json() as Promise<Facets>;
      });
      facetLoads.set(l, load);
      load.then(
        (f) => (facets.set(l, f), showCountsIfReady()),
        () => facetLoads.delete(l),
      );
    }
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

  const search = async (s: SearchState) => {
    const mine = ++run;
    // User Timing marks: how long a reader waits, for the benchmark and for anyone profiling in DevTools.
    const started = performance.now();
    const filters = pagefindFilters(s, years);
    if (!s.q && Object.keys(filters).length === 0) {
      hits = [];
      status.textContent = '';
      render();
      return;
    }
    status.textContent = d.search.loading;
    delete list.dataset.complete;
    delete list.dataset.query;
    try {
      const langs: Lang[] = s.only ? [lang] : [lang, otherLang(lang)];
      const sort = s.sort === 'relevance' ? {} : { sort: { date: s.sort === 'newest' ? 'desc' : 'asc' } };
      const find = async (l: Lang) => ({ l, res: await (await bundle(l)).search(s.q || null, { filters, ...sort }) });
      const withData = (l: Lang, results: PagefindResult[]) =>
        Promise.all(
          results.map(async (r) => {
            const data = await r.data();
            return { ...data, id: r.id, score: r.score, lang: l, date: data.meta.date ?? '' };
          }),
        );
      // The page's own language shows first; the other is searched alongside it once its runtime is loaded,
      // and on the first search once the first results are on screen, so that they never share the network.
      const [own, other] = langs;
      const ownSearch = find(own!);
      const firstHits = ownSearch.then(({ res }) => withData(own!, res.results.slice(0, shown)));
      const otherSearch = other && (loaded.has(other) ? find(other) : firstHits.then(() => find(other)));
      otherSearch?.catch(() => {}); // a superseded search may never be awaited
      const ownFound = await ownSearch;
      if (mine !== run) return;
      hits = await firstHits;
      if (mine !== run) return;
      more.dataset.total = String(ownFound.res.results.length);
      render();
      list.dataset.query = s.q;
      performance.measure('archive-search:first', { start: started });
      const ids = new Map<Lang, string[]>([[own!, ownFound.res.results.map((r) => r.id)]]);
      if (otherSearch) {
        const theirs = await otherSearch;
        if (mine !== run) return;
        // Ranked lists merge by score, so only the other language's results that reach the page need their text.
        const cut = s.sort === 'relevance' && hits.length === shown ? hits[shown - 1]!.score : -Infinity;
        const needed = theirs.res.results.slice(0, shown).filter((r) => r.score >= cut);
        hits = mergeHits([hits, await withData(theirs.l, needed)], s.sort);
        if (mine !== run) return;
        more.dataset.total = String(ownFound.res.results.length + theirs.res.results.length);
        ids.set(theirs.l, theirs.res.results.map((r) => r.id));
        render();
      }
      const total = Number(more.dataset.total);
      status.textContent = total ? d.search.results(total) : d.search.noResults;
      list.dataset.complete = '';
      performance.measure('archive-search:complete', { start: started });
      delete root.dataset.counted;
      counted = { langs, ids, started };
      showCountsIfReady();
      loadFacets(langs);
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
