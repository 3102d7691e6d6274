import { z } from 'astro/zod';
import { bilingualSchema, idSchema, isoDateSchema, langSchema, timeSchema, webUrlSchema } from './common.ts';

export const SOURCE_KINDS = ['official', 'news', 'blog'] as const;
export const TRANSLATION_STATUSES = ['original', 'official', 'unofficial', 'machine'] as const;

export const sourceSchema = z
  .strictObject({
    kind: z.enum(SOURCE_KINDS).describe('official: a release of the issuing body; news: a news report; blog: a blog post (a secondary source).'),
    publisher: bilingualSchema.describe('Who published the page the text was taken from.'),
    url: webUrlSchema.optional().describe('The address of the source page (https:// or http://).'),
    author: z.string().min(1).optional().describe('The author, as the source gives the name.'),
    section: z.string().min(1).optional().describe('The newspaper section, where the source labels one.'),
    republished: z
      .strictObject({
        publisher: bilingualSchema.describe('The site that republished the release.'),
        notice: z.string().min(1).describe('Its republication notice, verbatim.'),
      })
      .optional()
      .describe('A site that republished the release, with its republication notice kept verbatim.'),
    capture: z
      .strictObject({
        file: z
          .string()
          .regex(/^captures\/[^/\\]+\.(?:html?|txt|md)$/, { error: 'give the path under the content folder, e.g. captures/<id>.<lang>.html' })
          .describe('The saved page, relative to the content folder (captures/<id>.<lang>.<ext>).'),
        sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/, { error: 'must be the SHA-256 of the file, 64 lower-case hex digits' })
          .describe('The SHA-256 of the saved page, as kept.'),
        captured: isoDateSchema.describe('The day the page was saved, YYYY-MM-DD.'),
      })
      .optional()
      .describe('The raw page the text was imported from, kept as evidence (npm run import -- --keep-capture).'),
  })
  .describe('Where the text comes from.');

export const translationSchema = z
  .strictObject({
    status: z
      .enum(TRANSLATION_STATUSES)
      .describe(
        'original: the text as first written; official: the issuer’s own translation; unofficial: a translation the source marks as unofficial; machine: a machine translation.',
      ),
    from: langSchema
      .optional()
      .describe('The language of the original this version was translated from; required for every status but original, absent for an original.'),
    by: z.string().min(1).optional().describe('Who or what translated it, e.g. "Google Translate".'),
    notice: z.string().min(1).optional().describe('A translation notice the source printed, verbatim.'),
    originalUrl: webUrlSchema.optional().describe('Where the original is published, for a translation whose original the archive does not (yet) hold.'),
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
    if (t.status === 'original' && t.originalUrl) {
      ctx.addIssue({ code: 'custom', path: ['originalUrl'], message: 'an original has no other original: remove "originalUrl" (source.url is its address)' });
    }
  })
  .describe('Whether this version is the original or a translation, and of what kind.');

/** Frontmatter of one language version of a document (content/documents/*.md). */
export const documentSchema = z
  .strictObject({
    id: idSchema.describe('The document’s id, shared by all its language versions.'),
    lang: langSchema.describe('The language of this version.'),
    title: z.string().trim().min(1, { error: 'give the title as the source prints it' }).describe('The title as the source prints it.'),
    deck: z.array(z.string().trim().min(1)).default([]).describe('Sub-headings printed under a news headline, verbatim.'),
    published: isoDateSchema.describe('The day the source published this version, YYYY-MM-DD.'),
    publishedTime: timeSchema.optional().describe('The local time of publication, HH:MM, when the source gives it.'),
    issuer: bilingualSchema.describe('The body that issued the information (e.g. the Ministry of Foreign Affairs).'),
    source: sourceSchema,
    translation: translationSchema,
    meetings: z
      .array(idSchema)
      .min(1, { error: 'name at least one meeting id the document reports' })
      .describe('Ids of the meetings the document reports; the first is the one it is about.'),
    topics: z.array(idSchema).default([]).describe('Ids of the document’s topics.'),
    note: bilingualSchema.optional().describe('The archivist’s note (provenance, caveats); never part of the document’s text.'),
    synthetic: z.boolean().default(false).describe('Generated test data (the benchmark’s archives); every page of such an archive says so.'),
  })
  .describe('The frontmatter of one language version of a document (content/documents/<id>.<lang>.md); the Markdown body below it is the text, verbatim.');

export type DocumentData = z.output<typeof documentSchema>;
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];
