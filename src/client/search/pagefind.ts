// Loading each language's Pagefind bundle once, on first use, from the site's own origin.
import { paths, withBase } from '../../lib/model/urls.ts';
import type { Lang } from '../../schemas/langs.ts';

/** What Pagefind loads for a result: its fragment, with the matched words' positions. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  /** Its filter values: the kind, level, format, counterparts and date a result shows (lib/search/records). */
  filters?: Record<string, string[]>;
  /** The record's text, `<` and `>` escaped, words as Pagefind counts them. */
  raw_content?: string;
  anchors?: { element: string; id: string; location: number }[];
  weighted_locations?: { location: number; balanced_score: number }[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
export interface Pagefind {
  mergeIndex: (url: string) => Promise<void>;
  preload: (q: string) => Promise<void>;
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
  private readonly shards: Partial<Record<Lang, number>>;

  /** `shards`: how many shards each language's index has (lib/search/shards); one when not given. */
  constructor(base: string, shards: Partial<Record<Lang, number>> = {}) {
    this.base = base;
    this.shards = shards;
  }

  /** Whether a language's index is in several shards (merged by Pagefind by score, whatever the sort). */
  sharded(lang: Lang): boolean {
    return (this.shards[lang] ?? 1) > 1;
  }

  get(lang: Lang): Promise<Pagefind> {
    let bundle = this.bundles.get(lang);
    if (!bundle) {
      bundle = import(/* @vite-ignore */ bundleUrl(this.base, lang, 'pagefind.js')).then(async (pf: Pagefind) => {
        await pf.options({ excerptLength: 24 });
        // The other shards share the first one's runtime: each adds its entry, metadata and index chunks.
        const others = Array.from({ length: (this.shards[lang] ?? 1) - 1 }, (_, i) => withBase(this.base, paths.searchBundle(lang, i + 1)));
        await Promise.all(others.map((url) => pf.mergeIndex(url)));
        // Pagefind loads an index on its first search; a preload of no words loads every shard's runtime and
        // metadata now, and no index chunk.
        await pf.preload('');
        this.loaded.add(lang);
        return pf;
      });
      this.bundles.set(lang, bundle);
    }
    return bundle;
  }
}
