/**
 * A search bundle's filter values per page, compact, for counting results per filter value in the browser.
 *
 * Why not Pagefind's own counts: once its filter index is loaded, Pagefind counts every filter value on every
 * search, and at 10,000 documents that makes a search 5–20 times slower (회담, 10,000 results: 22 ms without,
 * 469 ms with). Counting the result ids against this table takes a few milliseconds and leaves the search fast.
 */
/** The file in each language's search bundle folder that holds its facets. */
export const FACETS_FILE = 'archive-facets.json';

export interface Facets {
  /** Each filter's values; the columns refer to them by position. */
  values: Record<string, string[]>;
  /** Page ids (Pagefind's result ids), sorted; the rows of the columns. */
  ids: string[];
  /** For each filter, each page's value positions: one number, or a list when a page has several (or none). */
  columns: Record<string, (number | number[])[]>;
}

export interface FacetPage {
  id: string;
  filters: Record<string, string[]>;
}

// Column-wise with bare numbers: 71 KB gzipped at 10,000 pages, against 80 KB for one object per page.
export function buildFacets(pages: readonly FacetPage[]): Facets {
  const names = [...new Set(pages.flatMap((p) => Object.keys(p.filters)))].sort();
  const values: Record<string, string[]> = Object.fromEntries(names.map((name) => [name, [...new Set(pages.flatMap((p) => p.filters[name] ?? []))].sort()]));
  const rows = [...pages].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const columns = Object.fromEntries(
    names.map((name) => {
      const position = new Map(values[name]!.map((v, i) => [v, i]));
      return [
        name,
        rows.map((p) => {
          const at = (p.filters[name] ?? []).map((v) => position.get(v)!);
          return at.length === 1 ? at[0]! : at;
        }),
      ];
    }),
  );
  return { values, ids: rows.map((p) => p.id), columns };
}

const rowsOf = new WeakMap<Facets, Map<string, number>>();

/** How many of the given results carry each filter value; ids the table does not know are not counted. */
export function countFacets(facets: Facets, ids: Iterable<string>): Record<string, Record<string, number>> {
  let rows = rowsOf.get(facets);
  if (!rows) rowsOf.set(facets, (rows = new Map(facets.ids.map((id, i) => [id, i]))));
  const names = Object.keys(facets.values);
  const counts = names.map((name) => new Array<number>(facets.values[name]!.length).fill(0));
  for (const id of ids) {
    const row = rows.get(id);
    if (row === undefined) continue;
    names.forEach((name, f) => {
      const at = facets.columns[name]![row]!;
      if (typeof at === 'number') counts[f]![at]!++;
      else for (const p of at) counts[f]![p]!++;
    });
  }
  return Object.fromEntries(names.map((name, f) => [name, Object.fromEntries(facets.values[name]!.map((v, i) => [v, counts[f]![i]!]))]));
}
