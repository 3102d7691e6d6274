import { z } from 'astro/zod';
import { bilingualSchema, countryCodeSchema, idSchema, partialDateSchema } from './common.ts';

const nameList = z.array(z.string().trim().min(1)).default([]);

export const roleSchema = z.strictObject({
  title: bilingualSchema,
  from: partialDateSchema.optional(),
  to: partialDateSchema.optional(),
});

/** One person (content/people/*.yaml) with every name form met in the sources. */
export const personSchema = z.strictObject({
  id: idSchema,
  /** The usual form in Hangul and in Latin script. */
  name: bilingualSchema,
  /** The family name in each script, so name order can be handled. */
  family: bilingualSchema.optional(),
  /** Other spellings met in sources (e.g. 폼페오, Cho Tae-yeol, Tony Blinken). */
  variants: z.strictObject({ ko: nameList, en: nameList }).default({ ko: [], en: [] }),
  country: countryCodeSchema,
  roles: z.array(roleSchema).default([]),
});

/** One country (content/countries/*.yaml). */
export const countrySchema = z.strictObject({
  /** ISO 3166-1 alpha-2, lower case. */
  id: countryCodeSchema,
  name: bilingualSchema,
  /** The short form used in meeting titles: 미 / U.S., 일 / Japan. */
  short: bilingualSchema,
  variants: z.strictObject({ ko: nameList, en: nameList }).default({ ko: [], en: [] }),
});

/** One topic (content/topics/*.yaml). */
export const topicSchema = z.strictObject({
  id: idSchema,
  name: bilingualSchema,
});

export type PersonData = z.output<typeof personSchema>;
export type CountryData = z.output<typeof countrySchema>;
export type TopicData = z.output<typeof topicSchema>;
