import { z } from 'astro/zod';
import { bilingualSchema, countryCodeSchema, idSchema, isoDateSchema, timeSchema } from './common.ts';

export const MEETING_FORMATS = ['in-person', 'telephone', 'video'] as const;
export const MEETING_LEVELS = ['summit', 'minister', 'vice-minister', 'senior-official', 'working'] as const;
/** talks between counterparts; a call on an official of another rank; a roundtable or forum. */
export const MEETING_KINDS = ['talks', 'call-on', 'roundtable'] as const;
export const PARTS_OF_DAY = ['morning', 'afternoon', 'evening'] as const;

export const participantSchema = z.strictObject({
  person: idSchema,
  /** The country the participant represented. */
  side: countryCodeSchema,
  /** The role at the time of the meeting, as the sources give it. */
  role: bilingualSchema,
});

export const placeSchema = z.strictObject({
  city: bilingualSchema.optional(),
  venue: bilingualSchema.optional(),
  country: countryCodeSchema,
});

/** One meeting (content/meetings/*.yaml), shared by every document that reports it. */
export const meetingSchema = z
  .strictObject({
    id: idSchema,
    date: isoDateSchema,
    /** Local time, when the text gives it. */
    time: timeSchema.optional(),
    partOfDay: z.enum(PARTS_OF_DAY).optional(),
    durationMinutes: z.number().int().positive().optional(),
    format: z.enum(MEETING_FORMATS),
    kind: z.enum(MEETING_KINDS).default('talks'),
    level: z.enum(MEETING_LEVELS),
    counterparts: z.array(countryCodeSchema).min(1, { error: 'name at least one counterpart country' }),
    place: placeSchema.optional(),
    occasion: bilingualSchema.optional(),
    /** The organisation that hosted a roundtable or forum. */
    host: bilingualSchema.optional(),
    participants: z.array(participantSchema).min(1, { error: 'name at least one participant' }),
    /** Other meetings of the same trip or occasion. */
    related: z.array(idSchema).default([]),
    /** Generated test data (the benchmark's archives). */
    synthetic: z.boolean().default(false),
  })
  .superRefine((m, ctx) => {
    if (m.format === 'in-person' && !m.place) {
      ctx.addIssue({
        code: 'custom',
        path: ['place'],
        message: 'an in-person meeting needs a place (at least place.country)',
      });
    }
  });

export type MeetingData = z.output<typeof meetingSchema>;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];
export type MeetingLevel = (typeof MEETING_LEVELS)[number];
export type MeetingKind = (typeof MEETING_KINDS)[number];
export type Participant = z.output<typeof participantSchema>;
