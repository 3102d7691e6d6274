import { z } from 'astro/zod';
import { bilingualSchema, countryCodeSchema, idSchema, partialDateSchema } from './common.ts';

const nameList = z.array(z.string().trim().min(1)).default([]);
const variantsSchema = z.strictObject({ ko: nameList.describe('In Hangul.'), en: nameList.describe('In Latin script.') }).default({ ko: [], en: [] });

export const roleSchema = z
  .strictObject({
    title: bilingualSchema.describe('The title of the post.'),
    from: partialDateSchema.optional().describe('When the person took the post: YYYY, YYYY-MM or YYYY-MM-DD.'),
    to: partialDateSchema.optional().describe('When the person left it: YYYY, YYYY-MM or YYYY-MM-DD.'),
  })
  .describe('A post the person held.');

/** One person (content/people/*.yaml) with every name form met in the sources. */
export const personSchema = z
  .strictObject({
    id: idSchema.describe('The person’s id.'),
    name: bilingualSchema.describe('The usual form of the name in Hangul and in Latin script.'),
    family: bilingualSchema.optional().describe('The family name in each script, so name order can be handled.'),
    variants: variantsSchema.describe('Other spellings met in sources (e.g. 폼페오, Cho Tae-yeol, Tony Blinken).'),
    country: countryCodeSchema.describe('The country the person serves.'),
    roles: z.array(roleSchema).default([]).describe('Posts held, with their dates.'),
    incomplete: z
      .boolean()
      .default(false)
      .describe(
        'Written by the importer (--add-people) from the forms one page gives: check the name in both scripts, the country and the role, add the family name and dates, then remove this flag.',
      ),
  })
  .describe('One person (content/people/<id>.yaml), with every name form met in the sources.');

/** One country (content/countries/*.yaml). */
export const countrySchema = z
  .strictObject({
    id: countryCodeSchema.describe('ISO 3166-1 alpha-2, lower case.'),
    name: bilingualSchema.describe('The country’s usual name.'),
    short: bilingualSchema.describe('The short form used in meeting titles: 미 / U.S., 일 / Japan.'),
    variants: variantsSchema.describe('Other forms of the name met in sources (e.g. 美, USA).'),
    adjectives: nameList.describe('The English adjectives for the country that sources write before a title (German, Danish): "the Danish Foreign Minister".'),
  })
  .describe('One country (content/countries/<id>.yaml).');

/** One topic (content/topics/*.yaml). */
export const topicSchema = z
  .strictObject({
    id: idSchema.describe('The topic’s id.'),
    name: bilingualSchema.describe('The topic’s name.'),
  })
  .describe('One topic (content/topics/<id>.yaml).');

export type PersonData = z.output<typeof personSchema>;
export type CountryData = z.output<typeof countrySchema>;
export type TopicData = z.output<typeof topicSchema>;
