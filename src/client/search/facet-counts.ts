// Counts per filter value come from a table of every page's filter values (lib/search/facets), loaded after
// the first results are on screen and only for the languages searched; Pagefind's own counting would slow
// every later search.
import { countFacets, FACETS_FILE, type Facets } from '../../lib/search/facets.ts';
import { sumCounts } from '../../lib/search/query-state.ts';
import type { Lang } from '../../schemas/langs.ts';
import { bundleUrl } from './pagefind.ts';

export class FacetCounts {
  private readonly loads = new Map<Lang, Promise<Facets>>();
  private readonly facets = new Map<Lang, Facets>();
  // The result ids of what the reader is looking at: counted when the tables arrive, not when they were asked for.
  private counted: { langs: Lang[]; ids: Map<Lang, string[]>; started: number } | undefined;

  private readonly root: HTMLElement;
  private readonly base: string;

  constructor(root: HTMLElement, base: string) {
    this.root = root;
    this.base = base;
  }

  /** Counts these results (by language) once every language's table has arrived, loading the missing ones. */
  count(langs: Lang[], ids: Map<Lang, string[]>, started: number): void {
    delete this.root.dataset.counted;
    this.counted = { langs, ids, started };
    this.showIfReady();
    for (const l of langs) void this.table(l).catch(() => {});
  }

  /** A language's table, loaded once (again after a failed load). */
  table(lang: Lang): Promise<Facets> {
    let load = this.loads.get(lang);
    if (!load) {
      load = fetch(bundleUrl(this.base, lang, FACETS_FILE)).then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json() as Promise<Facets>;
      });
      this.loads.set(lang, load);
      load.then(
        (f) => (this.facets.set(lang, f), this.showIfReady()),
        () => this.loads.delete(lang),
      );
    }
    return load;
  }

  private showIfReady(): void {
    const counted = this.counted;
    if (!counted || !counted.langs.every((l) => this.facets.has(l))) return;
    const counts = sumCounts(counted.langs.map((l) => countFacets(this.facets.get(l)!, counted.ids.get(l) ?? [])));
    for (const span of this.root.querySelectorAll<HTMLElement>('[data-count]')) {
      const [filter, value] = span.dataset.count!.split(':') as [string, string];
      span.textContent = `(${counts[filter]?.[value] ?? 0})`;
    }
    this.root.dataset.counted = '';
    performance.measure('archive-search:counts', { start: counted.started });
  }
}
