/** What a search page shows, as kept in its URL (`?q=…&country=us&sort=newest`): shareable, and Back restores it. */
export interface SearchState {
  q: string;
  /** Only documents in the page's language. */
  only: boolean;
  from?: string;
  to?: string;
  counterparts: string[];
  levels: string[];
  formats: string[];
  kinds: string[];
  /** People who took part in the documents' meetings (their ids). */
  people: string[];
  sort: 'relevance' | 'newest' | 'oldest';
}

const SORTS = ['relevance', 'newest', 'oldest'] as const;
const LISTS = { country: 'counterparts', level: 'levels', format: 'formats', kind: 'kinds', person: 'people' } as const;

export function parseState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  const year = (key: string) => (/^\d{4}$/.test(params.get(key) ?? '') ? params.get(key)! : undefined);
  return {
    q: (params.get('q') ?? '').trim(),
    only: params.get('only') === '1',
    from: year('from'),
    to: year('to'),
    counterparts: params.getAll('country'),
    levels: params.getAll('level'),
    formats: params.getAll('format'),
    kinds: params.getAll('kind'),
    people: params.getAll('person').filter(Boolean),
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SearchState['sort']) : 'relevance',
  };
}

/** The query string for a state; defaults are left out so URLs stay short. */
export function stateToSearch(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.only) params.set('only', '1');
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  for (const [param, key] of Object.entries(LISTS)) for (const v of state[key]) params.append(param, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind filter options for a state; `years` are the years the archive holds, for a from–to range. */
export function pagefindFilters(state: SearchState, years: readonly string[]): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  if (state.from || state.to) {
    const inRange = years.filter((y) => (!state.from || y >= state.from) && (!state.to || y <= state.to));
    filters.year = { any: inRange.length ? inRange : ['none'] };
  }
  if (state.counterparts.length) filters.counterpart = { any: state.counterparts };
  if (state.levels.length) filters.level = { any: state.levels };
  if (state.formats.length) filters.format = { any: state.formats };
  if (state.kinds.length) filters.kind = { any: state.kinds };
  if (state.people.length) filters.person = { any: state.people };
  return filters;
}

export interface Hit {
  score: number;
  date: string;
  id: string;
}

/** Results of the two language indexes as one list: by score, or by meeting date for the date sorts. */
export function mergeHits<T extends Hit>(lists: readonly T[][], sort: SearchState['sort']): T[] {
  const all = lists.flat();
  if (sort === 'relevance') return all.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const dir = sort === 'newest' ? -1 : 1;
  return all.sort((a, b) => dir * a.date.localeCompare(b.date) || b.score - a.score || a.id.localeCompare(b.id));
}

/** Adds up the per-value counts of each language's results (countFacets over each bundle's facets file). */
export function sumCounts(counts: readonly Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const total: Record<string, Record<string, number>> = {};
  for (const c of counts) {
    for (const [filter, values] of Object.entries(c)) {
      const t = (total[filter] ??= {});
      for (const [value, n] of Object.entries(values)) t[value] = (t[value] ?? 0) + n;
    }
  }
  return total;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Pagefind's excerpt as safe HTML showing the record's characters: the <mark> it puts around matched words
 * stays, everything else is text. Pagefind writes `<` and `>` of a record's text as `&lt;` and `&gt;` and
 * leaves `&` as it is, so those two are read back and the whole text escaped again (`AT&T`, `&amp;` and
 * `<b>` in a release show as printed).
 */
export function safeExcerpt(excerpt: string): string {
  return excerpt
    .split(/(<\/?mark>)/)
    .map((part) => (/^<\/?mark>$/.test(part) ? part : escapeHtml(part.replace(/&lt;/g, '<').replace(/&gt;/g, '>'))))
    .join('');
}
