// The search page's enhancement: runs the query against the Korean and English Pagefind bundles, merges the
// results, and keeps query, filters and sort in the URL. Everything else on the site works without it.
import { otherLang, t, type Dictionary } from '../../lib/i18n/index.ts';
import { orderByDate } from '../../lib/search/facets.ts';
import { mergeHits, pagefindFilters, parseState, stateToSearch, type SearchState } from '../../lib/search/query-state.ts';
import type { Lang } from '../../schemas/langs.ts';
import { FacetCounts } from './facet-counts.ts';
import { PagefindBundles, type PagefindResult } from './pagefind.ts';
import { resultItem, type Hit } from './result-item.ts';
import { readForm, writeForm } from './search-form.ts';

const PAGE = 10;

/** What the page gives the script: its language, base, filter values and the elements it fills. */
interface SearchPage {
  root: HTMLElement;
  lang: Lang;
  years: string[];
  countries: Record<string, string>;
  d: Dictionary;
  form: HTMLFormElement;
  list: HTMLOListElement;
  status: HTMLElement;
  more: HTMLButtonElement;
  bundles: PagefindBundles;
  counts: FacetCounts;
}

function searchPageOf(root: HTMLElement): SearchPage {
  const lang = root.dataset.lang as Lang;
  const base = root.dataset.base ?? '/';
  return {
    root,
    lang,
    years: JSON.parse(root.dataset.years ?? '[]') as string[],
    countries: JSON.parse(root.dataset.countries ?? '{}') as Record<string, string>,
    d: t(lang),
    form: root.querySelector<HTMLFormElement>('form')!,
    list: root.querySelector<HTMLOListElement>('[data-search-results]')!,
    status: root.querySelector<HTMLElement>('[data-search-status]')!,
    more: root.querySelector<HTMLButtonElement>('[data-search-more]')!,
    bundles: new PagefindBundles(base, JSON.parse(root.dataset.shards ?? '{}') as Partial<Record<Lang, number>>),
    counts: new FacetCounts(root, base),
  };
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const page = searchPageOf(root);
  const searcher = new Searcher(page);
  const { form, more } = page;

  let typing: ReturnType<typeof setTimeout> | undefined;
  const commit = (push: boolean) => {
    const s = readForm(form);
    const url = `${location.pathname}${stateToSearch(s)}`;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    searcher.shown = PAGE;
    void searcher.search(s);
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
    searcher.shown += PAGE;
    void searcher.search(readForm(form));
  });
  window.addEventListener('popstate', () => {
    const s = parseState(location.search);
    writeForm(form, s);
    searcher.shown = PAGE;
    void searcher.search(s);
  });

  const initial = parseState(location.search);
  writeForm(form, initial);
  void searcher.search(initial);
  // A reader who opens the page to type a query: the page's own index (runtime, metadata, every shard) loads
  // while they type, so the first query waits only for its own words. `data-search-ready` says it has.
  void page.bundles.get(page.lang).then(
    () => {
      performance.measure('archive-search:ready');
      root.dataset.searchReady = '';
    },
    () => {},
  );
}

/** Runs searches for the page, the latest one winning: a superseded search stops writing to the page. */
class Searcher {
  shown = PAGE;
  private run = 0;
  private hits: Hit[] = [];

  private readonly page: SearchPage;

  constructor(page: SearchPage) {
    this.page = page;
  }

  private query = '';

  private render(): void {
    const { list, more, lang, d, countries } = this.page;
    list.replaceChildren(...this.hits.slice(0, this.shown).map((h) => resultItem(h, lang, d, countries, this.query)));
    more.hidden = Number(more.dataset.total ?? 0) <= this.shown;
  }

  async search(s: SearchState): Promise<void> {
    const { lang, d, list, status, more, bundles, years } = this.page;
    const mine = ++this.run;
    // User Timing marks: how long a reader waits, for the benchmark and for anyone profiling in DevTools.
    const started = performance.now();
    const filters = pagefindFilters(s, years);
    this.query = s.q;
    if (!s.q && Object.keys(filters).length === 0) {
      this.hits = [];
      status.textContent = '';
      this.render();
      return;
    }
    status.textContent = d.search.loading;
    delete list.dataset.complete;
    delete list.dataset.query;
    try {
      const langs: Lang[] = s.only ? [lang] : [lang, otherLang(lang)];
      const sort = s.sort === 'relevance' ? {} : { sort: { date: s.sort === 'newest' ? 'desc' : 'asc' } };
      const find = async (l: Lang) => {
        const res = await (await bundles.get(l)).search(s.q || null, { filters, ...sort });
        // Pagefind merges the shards of an index by score: the date order is made again from the facet table.
        if (s.sort !== 'relevance' && bundles.sharded(l))
          res.results = orderByDate(await this.page.counts.table(l), res.results, s.sort === 'newest' ? 'desc' : 'asc');
        return { l, res };
      };
      // The page's own language shows first; the other is searched alongside it once its runtime is loaded,
      // and on the first search once the first results are on screen, so that they never share the network.
      const [own, other] = langs;
      const ownSearch = find(own!);
      const firstHits = ownSearch.then(({ res }) => withData(own!, res.results.slice(0, this.shown)));
      const otherSearch = other && (bundles.loaded.has(other) ? find(other) : firstHits.then(() => find(other)));
      otherSearch?.catch(() => {}); // a superseded search may never be awaited
      const ownFound = await ownSearch;
      if (mine !== this.run) return;
      this.hits = await firstHits;
      if (mine !== this.run) return;
      more.dataset.total = String(ownFound.res.results.length);
      this.render();
      list.dataset.query = s.q;
      performance.measure('archive-search:first', { start: started });
      const ids = new Map<Lang, string[]>([[own!, ownFound.res.results.map((r) => r.id)]]);
      if (otherSearch) {
        const theirs = await otherSearch;
        if (mine !== this.run) return;
        // Ranked lists merge by score, so only the other language's results that reach the page need their text.
        const cut = s.sort === 'relevance' && this.hits.length === this.shown ? this.hits[this.shown - 1]!.score : -Infinity;
        const needed = theirs.res.results.slice(0, this.shown).filter((r) => r.score >= cut);
        this.hits = mergeHits([this.hits, await withData(theirs.l, needed)], s.sort);
        if (mine !== this.run) return;
        more.dataset.total = String(ownFound.res.results.length + theirs.res.results.length);
        ids.set(
          theirs.l,
          theirs.res.results.map((r) => r.id),
        );
        this.render();
      }
      const total = Number(more.dataset.total);
      status.textContent = total ? d.search.results(total) : d.search.noResults;
      list.dataset.complete = '';
      performance.measure('archive-search:complete', { start: started });
      this.page.counts.count(langs, ids, started);
    } catch {
      if (mine === this.run) status.textContent = d.search.failed;
    }
  }
}

/** Results with their texts (Pagefind loads each result's fragment on demand). */
function withData(lang: Lang, results: PagefindResult[]): Promise<Hit[]> {
  return Promise.all(
    results.map(async (r) => {
      const data = await r.data();
      return { ...data, id: r.id, score: r.score, lang, date: data.filters?.date?.[0] ?? '' };
    }),
  );
}
