import type { z } from 'astro/zod';

/** One thing wrong with the content: where, which field, what is wrong and how to fix it. */
export interface Problem {
  /** Path of the file, relative to the content folder's parent as the user sees it. */
  file: string;
  /** Dotted field path, e.g. `source.kind` or `participants[1].person`; `(file)` for the whole file. */
  field: string;
  message: string;
}

export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(frontmatter)';
}

/** Turns zod's issues (parsed with `reportInput: true`) into problems whose message says how to fix them. */
export function problemsFromZod(file: string, error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ file, field: fieldPath([...issue.path, key]), message: 'unknown field: remove it or check its spelling' }));
    }
    let message = issue.message;
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      message = 'required field is missing';
    } else if (issue.code === 'invalid_value' && issue.input !== undefined) {
      message = `got ${JSON.stringify(issue.input)}; use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    }
    return [{ file, field: fieldPath(issue.path), message }];
  });
}

export function formatProblem(p: Problem): string {
  return `${p.file}: ${p.field}: ${p.message}`;
}

/** The report printed by `npm run check` and by a failing build. */
export function formatReport(problems: readonly Problem[]): string {
  const n = problems.length;
  const head = `The archive's content has ${n} problem${n === 1 ? '' : 's'}:`;
  return [head, ...problems.map((p) => `  ✗ ${formatProblem(p)}`)].join('\n');
}
