import { z } from 'astro/zod';
import { bilingualSchema, countryCodeSchema, idSchema, partialDateSchema } from './common.ts';

const nameList = z.array(z.string().trim().min(1)).default([]);
const variantsSchema = z.strictObject({ ko: nameList.describe('In Hangul.'), en: nameList.describe('In Latin script.') }).default({ ko: [], en: [] });

export const roleSchema = z
  .strictObject({
    title: bilingualSchema.describe('The title of the post, as the sources of its time give it.'),
    office: idSchema
      .optional()
      .describe('The office the post is (content/offices/<id>.yaml): one id for every title the office has gone by, so that its holders are listed in order.'),
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

/** One office (content/offices/*.yaml): a post that people hold one after another. */
export const officeSchema = z
  .strictObject({
    id: idSchema.describe('The office’s id (e.g. kr-foreign-minister).'),
    name: bilingualSchema.describe('The office’s present name: 외교부 장관 / Minister of Foreign Affairs.'),
    country: countryCodeSchema.describe('The country whose office it is.'),
    rank: z.number().int().min(1).default(100).describe('Where the office stands in its country’s list (1 first: the minister before the vice ministers).'),
  })
  .describe('One office (content/offices/<id>.yaml) that people’s roles refer to.');

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
export type OfficeData = z.output<typeof officeSchema>;
