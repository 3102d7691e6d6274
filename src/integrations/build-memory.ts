import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/** What a build worked out from an input, kept for the next build (the search records, the pages' keys). */
export interface BuildMemory<T> {
  /** What an earlier build worked out from this input; from now on kept for the next build too. */
  get(input: string): T | undefined;
  set(input: string, value: T): void;
  /** What an earlier build worked out from this input, else `make()`'s, kept for the next build. */
  recall(input: string, make: () => T): T;
  /** Writes what this build used, and nothing else, for the next. */
  save(): void;
}

/**
 * Values worked out from inputs (texts, mostly), remembered between builds in a file of the cache folder by the
 * SHA-256 of their input, for as long as `basis` (the code and data they also depend on) stays the same.
 */
export function buildMemory<T>(file: string, basis: string): BuildMemory<T> {
  let before: Record<string, T> = {};
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { basis: string; values: Record<string, T> };
    if (saved.basis === basis) before = saved.values;
  } catch {
    // Nothing remembered yet (a first build), or an unreadable file: everything is worked out again.
  }
  const now: Record<string, T> = {};
  const keyOf = (input: string) => createHash('sha256').update(input).digest('base64url');
  return {
    get(input) {
      const key = keyOf(input);
      const value = now[key] ?? before[key];
      if (value !== undefined) now[key] = value;
      return value;
    },
    set(input, value) {
      now[keyOf(input)] = value;
    },
    recall(input, make) {
      const key = keyOf(input);
      return (now[key] ??= before[key] ?? make());
    },
    save: () => writeFileSync(file, JSON.stringify({ basis, values: now })),
  };
}
