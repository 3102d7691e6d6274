import { z } from 'astro/zod';
import { COUNTRY_CODES } from './iso-3166.ts';

import { LANGS } from './langs.ts';

export { LANGS, type Lang } from './langs.ts';
export const langSchema = z.enum(LANGS).describe('A language: ko (Korean) or en (English).');

const ID_HINT = 'use lower-case letters, digits and hyphens, e.g. "2024-05-31-kr-us-vice-ministers"';
export const idSchema = z
  .string({ error: `must be an id (${ID_HINT})` })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: ID_HINT })
  .describe('An id: lower-case letters and digits in hyphen-separated parts.');

export const countryCodeSchema = z
  .string({ error: 'must be an ISO 3166-1 alpha-2 code such as "us"' })
  .regex(/^[a-z]{2}$/, { error: 'use a lower-case ISO 3166-1 alpha-2 code, e.g. "us", "jp"' })
  .refine((code) => COUNTRY_CODES.has(code), {
    error: (issue) =>
      `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code: use one such as "us", "jp", "de" (content/countries/ has a record for each)`,
  })
  .describe('A country: its ISO 3166-1 alpha-2 code in lower case, e.g. "us" (or "eu" for the European Union, "xk" for Kosovo).');

/** Text given in both languages: names, roles, places. */
export const bilingualSchema = z
  .strictObject({
    ko: z.string().trim().min(1, { error: 'give the Korean text' }).describe('In Korean.'),
    en: z.string().trim().min(1, { error: 'give the English text' }).describe('In English.'),
  })
  .describe('The same text in Korean and in English.');

function isRealDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

// YAML parsers turn an unquoted 2024-06-01 into a Date (Astro's does): accept both, keep strings.
function dateToIso(value: unknown): unknown {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;
}

/** A calendar date, kept as `YYYY-MM-DD` so it never shifts with time zones. */
export const isoDateSchema = z
  .preprocess(
    dateToIso,
    z
      .string({ error: 'must be a date written YYYY-MM-DD, e.g. 2024-05-31' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'write the date as YYYY-MM-DD, e.g. 2024-05-31', abort: true })
      .refine(isRealDate, { error: 'is not a real calendar date' }),
  )
  .describe('A calendar date, YYYY-MM-DD.');

/** A date known to the year, month or day: `2024`, `2024-01`, `2024-01-10`. */
export const partialDateSchema = z
  .preprocess(
    (v) => (typeof v === 'number' ? String(v) : dateToIso(v)),
    z
      .string({ error: 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD' })
      .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/, { error: 'write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024-01', abort: true })
      .refine((s) => s.length < 10 || isRealDate(s), { error: 'is not a real calendar date' }),
  )
  .describe('A date known to the year, the month or the day: YYYY, YYYY-MM or YYYY-MM-DD.');

export const timeSchema = z
  .string({ error: 'must be a local time written HH:MM (24-hour), e.g. "09:30"' })
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, { error: 'write the local time as HH:MM (24-hour), e.g. "09:30"' })
  .describe('A local time, HH:MM (24-hour).');

export type Bilingual = z.infer<typeof bilingualSchema>;

/**
 * A web address, http(s) only: the source and original addresses become live links on the article page and go
 * into JSON-LD, the citations and the open data, where a `javascript:` or `data:` address would be a script.
 */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https:// (or http://)' });
