import { z } from 'astro/zod';
import { bilingualSchema, idSchema, isoDateSchema, langSchema, timeSchema } from './common.ts';

export const SOURCE_KINDS = ['official', 'news', 'blog'] as const;
export const TRANSLATION_STATUSES = ['original', 'official', 'unofficial', 'machine'] as const;

export const sourceSchema = z.strictObject({
  /** official release, news report, or blog post (a secondary source). */
  kind: z.enum(SOURCE_KINDS),
  publisher: bilingualSchema,
  url: z.url({ error: 'must be a full URL starting with https://' }).optional(),
  /** The author as the source gives the name. */
  author: z.string().min(1).optional(),
  /** The newspaper section, where the source labels one. */
  section: z.string().min(1).optional(),
  /** A site that republished the release, with its republication notice kept verbatim. */
  republished: z
    .strictObject({ publisher: bilingualSchema, notice: z.string().min(1) })
    .optional(),
});

export const translationSchema = z
  .strictObject({
    status: z.enum(TRANSLATION_STATUSES),
    /** Language of the original this version was translated from. */
    from: langSchema.optional(),
    /** Who or what translated it, e.g. "Google Translate". */
    by: z.string().min(1).optional(),
    /** A translation notice the source printed, kept verbatim. */
    notice: z.string().min(1).optional(),
  })
  .superRefine((t, ctx) => {
    if (t.status !== 'original' && !t.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `a ${t.status} translation must name the language it was translated from (from: ko or from: en)`,
      });
    }
    if (t.status === 'original' && t.from) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'an original is not translated: remove "from"' });
    }
  });

/** Frontmatter of one language version of a document (content/documents/*.md). */
export const documentSchema = z.strictObject({
  /** Shared by all language versions of the document. */
  id: idSchema,
  lang: langSchema,
  title: z.string().trim().min(1, { error: 'give the title as the source prints it' }),
  /** Sub-headings printed under a news headline, verbatim. */
  deck: z.array(z.string().trim().min(1)).default([]),
  published: isoDateSchema,
  publishedTime: timeSchema.optional(),
  /** The body that issued the information (e.g. the Ministry of Foreign Affairs). */
  issuer: bilingualSchema,
  source: sourceSchema,
  translation: translationSchema,
  meetings: z.array(idSchema).min(1, { error: 'name at least one meeting id the document reports' }),
  topics: z.array(idSchema).default([]),
  /** The archivist's note (provenance, caveats); never part of the document's text. */
  note: bilingualSchema.optional(),
  /** Generated test data (the benchmark's archives); every page of such an archive says so. */
  synthetic: z.boolean().default(false),
});

export type DocumentData = z.output<typeof documentSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];
