// The search form as the URL's state, and back: the URL is the one source of a search's query and filters.
import { parseState, type SearchState } from '../../lib/search/query-state.ts';

export function readForm(form: HTMLFormElement): SearchState {
  return parseState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>).toString());
}

export function writeForm(form: HTMLFormElement, s: SearchState): void {
  (form.elements.namedItem('q') as HTMLInputElement).value = s.q;
  (form.elements.namedItem('only') as HTMLInputElement).checked = s.only;
  (form.elements.namedItem('from') as HTMLSelectElement).value = s.from ?? '';
  (form.elements.namedItem('to') as HTMLSelectElement).value = s.to ?? '';
  (form.elements.namedItem('sort') as HTMLSelectElement).value = s.sort;
  (form.elements.namedItem('person') as HTMLSelectElement).value = s.people[0] ?? '';
  const chosen: Record<string, string[]> = { country: s.counterparts, level: s.levels, format: s.formats, kind: s.kinds };
  for (const box of form.querySelectorAll<HTMLInputElement>('fieldset input[type=checkbox]')) box.checked = chosen[box.name]?.includes(box.value) ?? false;
}
