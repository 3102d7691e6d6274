// The meeting index's enhancement: filter links toggle in place and combine (year, counterpart, level,
// format), the rows that do not match are hidden, and the filters stay in the URL (shareable, Back works).
// Without it every link leads to a pre-rendered filtered page.
import { t } from '../lib/i18n/index.ts';
import { filtersToSearch, parseFilters, rowMatches, type Dimension, type FilterState } from '../lib/browse/filters.ts';
import type { Lang } from '../schemas/common.ts';

export function startMeetingFilters(): void {
  const nav = document.querySelector<HTMLElement>('[data-meeting-filters]');
  if (!nav) return;
  const lang = document.documentElement.lang as Lang;
  const d = t(lang);
  const rows = [...document.querySelectorAll<HTMLElement>('.meeting-row')];
  const status = nav.querySelector<HTMLElement>('[data-filter-status]')!;
  nav.querySelector<HTMLElement>('[data-filter-hint]')!.hidden = false;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-filter-dim]')];

  const apply = (state: FilterState) => {
    let shown = 0;
    for (const row of rows) {
      const facets = {
        year: row.dataset.year ?? '',
        country: (row.dataset.country ?? '').split(' ').filter(Boolean),
        level: row.dataset.level as never,
        format: row.dataset.format as never,
      };
      const match = rowMatches(facets, state);
      row.hidden = !match;
      if (match) shown++;
    }
    for (const section of document.querySelectorAll<HTMLElement>('.year-group')) {
      section.hidden = !section.querySelector('.meeting-row:not([hidden])');
    }
    for (const link of links) {
      const on = state[link.dataset.filterDim as Dimension]?.includes(link.dataset.filterValue!) ?? false;
      link.setAttribute('aria-pressed', String(on));
      link.setAttribute('role', 'button');
    }
    const any = Object.keys(state).length > 0;
    status.textContent = any ? d.filters.showing(shown, rows.length) : '';
    nav.dataset.filtered = any ? 'true' : 'false';
  };

  let state = parseFilters(location.search);
  nav.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-filter-dim], a[data-filter-clear]');
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    if (link.dataset.filterClear !== undefined) state = {};
    else {
      const dim = link.dataset.filterDim as Dimension;
      const value = link.dataset.filterValue!;
      const values = new Set(state[dim] ?? []);
      if (values.has(value)) values.delete(value);
      else values.add(value);
      state = { ...state, [dim]: [...values] };
      if (!values.size) delete state[dim];
    }
    history.pushState(null, '', `${location.pathname}${filtersToSearch(state)}`);
    apply(state);
  });
  // Space activates a link acting as a toggle, as it would a button.
  nav.addEventListener('keydown', (event) => {
    if (event.key === ' ' && (event.target as HTMLElement).matches('a[data-filter-dim]')) {
      event.preventDefault();
      (event.target as HTMLElement).click();
    }
  });
  window.addEventListener('popstate', () => apply((state = parseFilters(location.search))));
  apply(state);
}
