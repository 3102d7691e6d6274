import { z } from 'astro/zod';
import { bilingualSchema, countryCodeSchema, idSchema, isoDateSchema, timeSchema } from './common.ts';

export const MEETING_FORMATS = ['in-person', 'telephone', 'video'] as const;
export const MEETING_LEVELS = ['summit', 'minister', 'vice-minister', 'senior-official', 'working'] as const;
export const MEETING_KINDS = ['talks', 'call-on', 'roundtable'] as const;
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];

export const participantSchema = z
  .strictObject({
    person: idSchema.describe('The person’s id in the people registry.'),
    side: countryCodeSchema.describe('The country the participant represented.'),
    role: bilingualSchema.describe('The role at the time of the meeting, as the sources give it.'),
  })
  .describe('One participant of a meeting.');

export const placeSchema = z
  .strictObject({
    city: bilingualSchema.optional().describe('The city.'),
    venue: bilingualSchema.optional().describe('The building or venue.'),
    country: countryCodeSchema.describe('The country the meeting took place in.'),
  })
  .describe('Where an in-person meeting took place.');

/** One meeting (content/meetings/*.yaml), shared by every document that reports it. */
export const meetingSchema = z
  .strictObject({
    id: idSchema.describe('The meeting’s id.'),
    date: isoDateSchema.describe('The day of the meeting (not of publication), YYYY-MM-DD.'),
    time: timeSchema.optional().describe('The local time, HH:MM, when the text gives it.'),
    partOfDay: z.enum(PARTS_OF_DAY).optional().describe('The part of the day, when the text gives it.'),
    durationMinutes: z.number().int().positive().optional().describe('How long it lasted, in minutes, when the text says.'),
    format: z.enum(MEETING_FORMATS).describe('Face to face, by telephone or by video link.'),
    kind: z
      .enum(MEETING_KINDS)
      .default('talks')
      .describe('talks: between counterparts; call-on: a call on an official of another rank; roundtable: a roundtable or forum.'),
    level: z.enum(MEETING_LEVELS).describe('The level of the meeting, by the rank of those who met.'),
    counterparts: z.array(countryCodeSchema).min(1, { error: 'name at least one counterpart country' }).describe('The countries Korea met.'),
    place: placeSchema.optional().describe('Where it took place; required for an in-person meeting.'),
    occasion: bilingualSchema.optional().describe('The event it was held on the occasion of, e.g. the APEC Ministerial Meeting.'),
    host: bilingualSchema.optional().describe('The organisation that hosted a roundtable or forum.'),
    participants: z
      .array(participantSchema)
      .min(1, { error: 'name at least one participant' })
      .describe('Who took part, each with the side represented and the role held.'),
    related: z.array(idSchema).default([]).describe('Ids of other meetings of the same trip or occasion.'),
    synthetic: z.boolean().default(false).describe('Generated test data (the benchmark’s archives).'),
  })
  .superRefine((m, ctx) => {
    if (m.format === 'in-person' && !m.place) {
      ctx.addIssue({
        code: 'custom',
        path: ['place'],
        message: 'an in-person meeting needs a place (at least place.country)',
      });
    }
  })
  .describe('One meeting (content/meetings/<id>.yaml), shared by every document that reports it.');

export type MeetingData = z.output<typeof meetingSchema>;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];
export type MeetingLevel = (typeof MEETING_LEVELS)[number];
export type MeetingKind = (typeof MEETING_KINDS)[number];
export type Participant = z.output<typeof participantSchema>;
