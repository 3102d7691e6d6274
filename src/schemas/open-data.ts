/**
 * The shapes of the open-data files under /data/. The builders in src/lib/publish/open-data.ts are typed by these
 * schemas, the tests parse what they build with them, and the published JSON Schemas are generated from them:
 * one definition, so the schema a reader downloads describes the file they download.
 */
import { z } from 'astro/zod';
import { MEETING_FORMATS, MEETING_KINDS, MEETING_LEVELS, PARTS_OF_DAY } from './meeting.ts';
import { SOURCE_KINDS, TRANSLATION_STATUSES } from './document.ts';
import { countryCodeSchema, idSchema, isoDateSchema, langSchema, partialDateSchema, timeSchema, webUrlSchema } from './common.ts';

/** The `generator` every file carries, naming the software that wrote it. */
export const GENERATOR = 'diplomatic-briefing-archive';

const bilingual = z
  .strictObject({ ko: z.string().min(1).describe('In Korean.'), en: z.string().min(1).describe('In English.') })
  .describe('The same text in Korean and in English.');
const pagePath = z.string().regex(/^\//).describe('The path of a page of this site, including the deploy base path, e.g. /ko/meetings/<id>/.');
const pagePaths = z
  .strictObject({ ko: pagePath.describe('The Korean page.'), en: pagePath.describe('The English page.') })
  .describe('The paths of the Korean and the English page, including the deploy base path.');
const ids = (what: string) => z.array(idSchema).describe(what);

function fileSchema<K extends string, T extends z.ZodType>(key: K, item: T, what: string) {
  return z
    .strictObject({
      generator: z.literal(GENERATOR).describe('The software that wrote the file.'),
      count: z.number().int().nonnegative().describe(`How many ${key} the file holds (the length of "${key}").`),
      ...({ [key]: z.array(item).describe(what) } as { [P in K]: z.ZodArray<T> }),
    })
    .describe(`data/${key}.json: ${what}`);
}

// ---- meetings.json ----------------------------------------------------------------------------------------

export const documentLinkSchema = z
  .strictObject({
    id: idSchema.describe('The document’s id (an entry of documents.json).'),
    lang: langSchema.describe('The language of this version.'),
    title: z.string().min(1).describe('The version’s title, as the source prints it.'),
    url: pagePath.describe('The path of the version’s page on this site, including the deploy base path.'),
    kind: z.enum(SOURCE_KINDS).describe('The source kind: official release, news report or blog post.'),
    translation: z.enum(TRANSLATION_STATUSES).describe('original, or the kind of translation: official, unofficial, machine.'),
    published: isoDateSchema.describe('The day the version was published, YYYY-MM-DD.'),
  })
  .describe('One language version of a document that reports the meeting.');

export const meetingRecordSchema = z
  .strictObject({
    id: idSchema.describe('The meeting’s id, the same as in the content records; stable.'),
    date: isoDateSchema.describe('The day of the meeting (not of publication), YYYY-MM-DD.'),
    time: timeSchema.nullable().describe('The local time, HH:MM, or null when the sources do not give it.'),
    partOfDay: z.enum(PARTS_OF_DAY).nullable().describe('The part of the day, or null when the sources do not give it.'),
    durationMinutes: z.number().int().positive().nullable().describe('How long it lasted, in minutes, or null when the sources do not say.'),
    format: z.enum(MEETING_FORMATS).describe('Face to face, by telephone or by video link.'),
    kind: z.enum(MEETING_KINDS).describe('talks: between counterparts; call-on: a call on an official of another rank; roundtable: a roundtable or forum.'),
    level: z.enum(MEETING_LEVELS).describe('The level of the meeting, by the rank of those who met.'),
    title: bilingual.describe('The meeting’s title, built from its data, e.g. 한-미 외교차관회담 / ROK-U.S. Vice Foreign Ministers’ Meeting.'),
    counterparts: z.array(countryCodeSchema).min(1).describe('The countries Korea met (ids of countries.json).'),
    place: z
      .strictObject({
        city: bilingual.nullable().describe('The city, or null.'),
        venue: bilingual.nullable().describe('The building or venue, or null.'),
        country: countryCodeSchema.describe('The country it took place in.'),
      })
      .nullable()
      .describe('Where it took place, or null (calls and video meetings).'),
    occasion: bilingual.nullable().describe('The event it was held on the occasion of, or null.'),
    host: bilingual.nullable().describe('The organisation that hosted a roundtable or forum, or null.'),
    participants: z
      .array(
        z
          .strictObject({
            person: idSchema.describe('The person’s id (an entry of people.json).'),
            names: bilingual.describe('The person’s usual name in Hangul and in Latin script.'),
            side: countryCodeSchema.describe('The country the participant represented.'),
            role: bilingual.describe('The role at the time of the meeting, as the sources give it.'),
          })
          .describe('One participant.'),
      )
      .min(1)
      .describe('Who took part.'),
    related: ids('Ids of other meetings of the same trip or occasion.'),
    documents: z
      .array(documentLinkSchema)
      .describe('Every language version of every document that reports the meeting: official releases first, then by publication date; Korean before English.'),
  })
  .describe('One meeting.');

export const meetingsFileSchema = fileSchema('meetings', meetingRecordSchema, 'Every meeting, newest first (by date, then id).');

// ---- documents.json ---------------------------------------------------------------------------------------

export const documentVersionSchema = z
  .strictObject({
    lang: langSchema.describe('The language of this version.'),
    title: z.string().min(1).describe('The title as the source prints it.'),
    deck: z.array(z.string().min(1)).describe('Sub-headings printed under a news headline, verbatim; often empty.'),
    published: isoDateSchema.describe('The day the source published this version, YYYY-MM-DD.'),
    publishedTime: timeSchema.nullable().describe('The local time of publication, HH:MM, or null.'),
    translation: z
      .strictObject({
        status: z
          .enum(TRANSLATION_STATUSES)
          .describe(
            'original: the text as first written; official: the issuer’s own translation; unofficial: a translation the source marks as unofficial; machine: a machine translation.',
          ),
        from: langSchema.nullable().describe('The language it was translated from, or null for an original.'),
        by: z.string().min(1).nullable().describe('Who or what translated it (e.g. Google Translate), or null.'),
        notice: z.string().min(1).nullable().describe('The translation notice the source printed, verbatim, or null.'),
        originalUrl: webUrlSchema.nullable().describe('Where the original is published, for a translation whose original the archive does not hold; or null.'),
      })
      .describe('Whether this version is the original or a translation, and of what kind.'),
    sourceUrl: webUrlSchema.nullable().describe('The address of the page this version was taken from, or null.'),
    capture: z
      .strictObject({
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/)
          .describe('The SHA-256 of the saved page the text was imported from.'),
        captured: isoDateSchema.describe('The day the page was saved, YYYY-MM-DD.'),
      })
      .nullable()
      .describe('The saved page kept as evidence, or null.'),
    republished: z
      .strictObject({
        publisher: bilingual.describe('The site that republished the release.'),
        notice: z.string().min(1).describe('Its republication notice, verbatim.'),
      })
      .nullable()
      .describe('The site this version was taken from when it republished the release, with its notice; or null.'),
    url: pagePath.describe('The path of this version’s page on this site, including the deploy base path.'),
    text: z.string().describe('The text, verbatim, as Markdown (numbered paragraphs, lists and tables as the source has them).'),
  })
  .describe('One language version of the document.');

export const documentEntrySchema = z
  .strictObject({
    id: idSchema.describe('The document’s id, shared by its language versions; the same as in the content records; stable.'),
    kind: z.enum(SOURCE_KINDS).describe('official: a release of the issuing body; news: a news report; blog: a blog post (a secondary source).'),
    meetings: z.array(idSchema).min(1).describe('Ids of the meetings it reports (entries of meetings.json); the first is the one it is about.'),
    topics: ids('Ids of its topics (entries of topics.json).'),
    issuer: bilingual.describe('The body that issued the information (e.g. the Ministry of Foreign Affairs).'),
    publisher: bilingual.describe('Who published the source.'),
    sourceUrl: webUrlSchema.nullable().describe('The address of the original version’s source page, or null.'),
    author: z.string().min(1).nullable().describe('The author, as the source gives the name, or null.'),
    section: z.string().min(1).nullable().describe('The newspaper section, or null.'),
    note: bilingual.nullable().describe('The archivist’s note (provenance, caveats), never part of the text; or null.'),
    original: langSchema.nullable().describe('The language of the version that is the original, or null when the archive holds only translations.'),
    versions: z.array(documentVersionSchema).min(1).describe('The language versions the archive holds, Korean first.'),
  })
  .describe(
    'One document: all its language versions. The document-level fields are those of its original version (of its first version when it has no original).',
  );

export const documentsFileSchema = fileSchema(
  'documents',
  documentEntrySchema,
  'Every document, newest first (by the publication date of its original, then id).',
);

// ---- people.json, countries.json, topics.json -------------------------------------------------------------

export const personEntrySchema = z
  .strictObject({
    id: idSchema.describe('The person’s id, the same as in the content records; stable.'),
    name: bilingual.describe('The usual form of the name in Hangul and in Latin script.'),
    family: bilingual.nullable().describe('The family name in each script, or null.'),
    variants: z
      .strictObject({ ko: z.array(z.string().min(1)).describe('In Hangul.'), en: z.array(z.string().min(1)).describe('In Latin script.') })
      .describe('Other spellings met in sources (e.g. 폼페오, Cho Tae-yeol, Tony Blinken).'),
    country: countryCodeSchema.describe('The country the person serves (an entry of countries.json).'),
    roles: z
      .array(
        z
          .strictObject({
            title: bilingual.describe('The title of the post, as the sources of its time give it.'),
            office: idSchema.nullable().describe('The office the post is (an id of the office records, content/offices/), or null.'),
            from: partialDateSchema.nullable().describe('When the person took the post (YYYY, YYYY-MM or YYYY-MM-DD), or null.'),
            to: partialDateSchema.nullable().describe('When the person left it (YYYY, YYYY-MM or YYYY-MM-DD), or null while in post or unknown.'),
          })
          .describe('A post the person held.'),
      )
      .describe('Posts held, as the registry lists them.'),
    incomplete: z.boolean().describe('Whether the record was started from one page and awaits an archivist’s check (name forms, role, dates).'),
    meetings: ids('Ids of the meetings the person took part in, newest first.'),
    url: pagePaths.describe('The person’s pages on this site.'),
  })
  .describe('One person.');

export const peopleFileSchema = fileSchema('people', personEntrySchema, 'Everyone in the people registry, by id.');

export const countryEntrySchema = z
  .strictObject({
    id: countryCodeSchema.describe('ISO 3166-1 alpha-2, lower case; the same as in the content records.'),
    name: bilingual.describe('The country’s usual name.'),
    short: bilingual.describe('The short form used in meeting titles: 미 / U.S.'),
    variants: z
      .strictObject({ ko: z.array(z.string().min(1)).describe('In Hangul.'), en: z.array(z.string().min(1)).describe('In Latin script.') })
      .describe('Other forms of the name met in sources.'),
    adjectives: z.array(z.string().min(1)).describe('English adjectives for the country written before a title (German, Danish).'),
    meetings: ids('Ids of the meetings with the country as a counterpart, newest first.'),
    people: ids('Ids of the people of the registry who serve the country, by id.'),
    url: pagePaths.nullable().describe('The country’s pages on this site, or null: only counterparts have one.'),
  })
  .describe('One country.');

export const countriesFileSchema = fileSchema('countries', countryEntrySchema, 'Every country of the registry, by id.');

export const topicEntrySchema = z
  .strictObject({
    id: idSchema.describe('The topic’s id, the same as in the content records; stable.'),
    name: bilingual.describe('The topic’s name.'),
    documents: ids('Ids of the documents on the topic, newest first.'),
    meetings: ids('Ids of the meetings those documents report, newest first.'),
    url: pagePaths.nullable().describe('The topic’s pages on this site, or null: only topics that documents carry have one.'),
  })
  .describe('One topic.');

export const topicsFileSchema = fileSchema('topics', topicEntrySchema, 'Every topic of the registry, by id.');

// ---- offices.json ----------------------------------------------------------------------------------------

export const officeEntrySchema = z
  .strictObject({
    id: idSchema.describe('The office’s id, the same as in the content records (content/offices/); stable.'),
    name: bilingual.describe('The office’s present name.'),
    country: countryCodeSchema.describe('The country whose office it is (an entry of countries.json).'),
    rank: z.number().int().min(1).describe('Its place in its country’s list of offices, 1 first.'),
    holders: z
      .array(
        z
          .strictObject({
            person: idSchema.describe('The holder (an entry of people.json).'),
            title: bilingual.describe('The title the sources gave the post during this term.'),
            from: partialDateSchema.nullable().describe('When the term began (YYYY, YYYY-MM or YYYY-MM-DD), or null.'),
            to: partialDateSchema.nullable().describe('When it ended, or null while in office or unknown.'),
            meetings: ids('Ids of the archive’s meetings the holder took part in during the term, oldest first.'),
          })
          .describe('One term in the office.'),
      )
      .describe('The holders in order, oldest term first (terms without a date last).'),
    url: pagePaths.describe('The office’s pages on this site.'),
  })
  .describe('One office people hold in turn, with its holders from the people registry’s roles.');

export const officesFileSchema = fileSchema('offices', officeEntrySchema, 'Every office, by id, with its holders in order.');

// ---- trips.json, visits.json ------------------------------------------------------------------------------

export const tripEntrySchema = z
  .strictObject({
    id: z.string().min(1).describe('The trip’s id, `<first day>-<traveller id>`: stable while its first meeting stays the first.'),
    traveller: idSchema.describe('The Korean principal (an entry of people.json): the first participant on Korea’s side of each meeting.'),
    start: isoDateSchema.describe('The day of the first meeting.'),
    end: isoDateSchema.describe('The day of the last meeting.'),
    stops: z
      .array(
        z
          .strictObject({
            country: countryCodeSchema.describe('Where the stop was (an entry of countries.json).'),
            city: bilingual.nullable().describe('The city, or null where the meetings do not name one.'),
            occasion: bilingual.nullable().describe('The first occasion its meetings name (an APEC meeting, a summit), or null.'),
            from: isoDateSchema.describe('The day of the stop’s first meeting.'),
            to: isoDateSchema.describe('The day of its last meeting.'),
            meetings: ids('Ids of the stop’s meetings, in the order they took place.'),
          })
          .describe('One place of the trip, with its meetings.'),
      )
      .describe('The places in the order they were visited.'),
    meetings: ids('Ids of all the trip’s meetings, in order.'),
    url: pagePaths.describe('The trip on the trips pages (the path with its anchor).'),
  })
  .describe('One trip abroad of a Korean principal: in-person meetings abroad no more than 3 days apart with none in Korea between, or linked as related.');

export const tripsFileSchema = fileSchema('trips', tripEntrySchema, 'Every trip abroad, oldest first, derived from the meetings.');

export const visitEntrySchema = z
  .strictObject({
    id: z.string().min(1).describe('The visit’s id, `<first day>-<visitor id>`.'),
    visitor: idSchema.describe('The foreign principal (an entry of people.json): the first participant on another side than Korea’s.'),
    country: countryCodeSchema.describe('The side the visitor represented.'),
    start: isoDateSchema.describe('The day of the first meeting.'),
    end: isoDateSchema.describe('The day of the last meeting.'),
    meetings: ids('Ids of the visit’s meetings, in order.'),
    url: pagePaths.describe('The visit on the visits pages (the path with its anchor).'),
  })
  .describe('One visit to Korea of a foreign principal: in-person meetings in Korea no more than 3 days apart.');

export const visitsFileSchema = fileSchema('visits', visitEntrySchema, 'Every visit to Korea, oldest first, derived from the meetings.');

export type MeetingsFile = z.output<typeof meetingsFileSchema>;
export type TripsFile = z.output<typeof tripsFileSchema>;
export type OfficesFile = z.output<typeof officesFileSchema>;
export type VisitsFile = z.output<typeof visitsFileSchema>;
export type DocumentsFile = z.output<typeof documentsFileSchema>;
export type DocumentEntry = z.output<typeof documentEntrySchema>;
export type PeopleFile = z.output<typeof peopleFileSchema>;
export type CountriesFile = z.output<typeof countriesFileSchema>;
export type TopicsFile = z.output<typeof topicsFileSchema>;
