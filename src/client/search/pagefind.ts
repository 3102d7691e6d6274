// Loading each language's Pagefind bundle once, on first use, from the site's own origin.
import { paths, withBase } from '../../lib/model/urls.ts';
import type { Lang } from '../../schemas/langs.ts';

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
export interface Pagefind {
  options: (o: object) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o: object) => Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>> }>;
}

/** A file of a language's search bundle, under the deploy base. */
export const bundleUrl = (base: string, lang: Lang, file: string): string => withBase(base, paths.searchBundle(lang)) + file;

export class PagefindBundles {
  private readonly bundles = new Map<Lang, Promise<Pagefind>>();
  /** Runtimes that have finished loading: once both have, the two languages are searched at the same time. */
  readonly loaded = new Set<Lang>();

  private readonly base: string;

  constructor(base: string) {
    this.base = base;
  }

  get(lang: Lang): Promise<Pagefind> {
    let bundle = this.bundles.get(lang);
    if (!bundle) {
      bundle = import(/* @vite-ignore */ bundleUrl(this.base, lang, 'pagefind.js')).then(async (pf: Pagefind) => {
        await pf.options({ excerptLength: 24 });
        this.loaded.add(lang);
        return pf;
      });
      this.bundles.set(lang, bundle);
    }
    return bundle;
  }
}
