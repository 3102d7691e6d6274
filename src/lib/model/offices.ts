/**
 * Offices and their holders: the roles of the people registry that name an office (content/offices), as
 * tenures, in order. Dates are partial (2024, 2024-01, 2024-01-15) and compared at the precision both give, so
 * a hand-over in one month (Pompeo to 2021-01, Blinken from 2021-01) is no overlap.
 */
import type { Bilingual, PersonData } from '../../schemas/index.ts';

/** One person's time in one office: a role of theirs that names it. */
export interface Tenure {
  office: string;
  person: string;
  /** The role's place in the person's `roles`, for messages (`roles[1]`). */
  role: number;
  title: Bilingual;
  from?: string;
  to?: string;
}

/** Two partial dates compared at the precision both give: `2024-01` and `2024-01-15` are equal. */
export function comparePartial(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Every role that names an office, as a tenure. */
export function tenuresOf(people: readonly PersonData[]): Tenure[] {
  return people.flatMap((p) =>
    p.roles.flatMap((r, role) =>
      r.office ? [{ office: r.office, person: p.id, role, title: r.title, ...(r.from ? { from: r.from } : {}), ...(r.to ? { to: r.to } : {}) }] : [],
    ),
  );
}

/** An office's tenures in order: by when they began (undated last), then by person. */
export function inOrder(tenures: readonly Tenure[]): Tenure[] {
  return [...tenures].sort((a, b) => {
    if (a.from && b.from) return a.from.localeCompare(b.from) || a.person.localeCompare(b.person);
    if (a.from || b.from) return a.from ? -1 : 1;
    return a.person.localeCompare(b.person);
  });
}

/**
 * Pairs of one office's dated tenures that overlap: the earlier one still running (no `to`) when the later
 * began, or ending after it began. Each pair is (earlier, later).
 */
export function overlappingTenures(tenures: readonly Tenure[]): [Tenure, Tenure][] {
  const dated = inOrder(tenures.filter((t) => t.from));
  const out: [Tenure, Tenure][] = [];
  dated.forEach((later, i) => {
    for (const earlier of dated.slice(0, i)) {
      if (!earlier.to || comparePartial(earlier.to, later.from!) > 0) out.push([earlier, later]);
    }
  });
  return out;
}

/** Whether a tenure covers a day: from its first to its last month or day given, both included. */
export function heldOn(tenure: Pick<Tenure, 'from' | 'to'>, date: string): boolean {
  return (!tenure.from || comparePartial(tenure.from, date) <= 0) && (!tenure.to || comparePartial(date, tenure.to) <= 0);
}

/** What is wrong with the order of one person's roles: listed oldest first, each ending no earlier than it began. */
export function roleOrderProblems(person: PersonData): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  // The last role before this one that gives when it began.
  let dated: { from: string; at: number } | undefined;
  person.roles.forEach((r, i) => {
    if (r.from && r.to && comparePartial(r.to, r.from) < 0)
      problems.push({ field: `roles[${i}].to`, message: `ends (${r.to}) before it begins (${r.from}): correct one of the two dates` });
    if (!r.from) return;
    if (dated && comparePartial(r.from, dated.from) < 0)
      problems.push({ field: `roles[${i}].from`, message: `begins (${r.from}) before roles[${dated.at}] (${dated.from}): list the roles oldest first` });
    dated = { from: r.from, at: i };
  });
  return problems;
}
