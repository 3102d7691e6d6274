/**
 * The JSON Schemas published under /data/schema/, generated from the zod schemas the archive itself uses:
 * the content records (what an author writes in content/) and the open-data files (what a reader downloads).
 */
import { z } from 'astro/zod';
import { partialDateSchema } from '../../schemas/common.ts';
import { documentSchema, translationSchema } from '../../schemas/document.ts';
import { meetingSchema } from '../../schemas/meeting.ts';
import {
  countriesFileSchema,
  documentsFileSchema,
  meetingsFileSchema,
  officesFileSchema,
  peopleFileSchema,
  topicsFileSchema,
  tripsFileSchema,
  visitsFileSchema,
} from '../../schemas/open-data.ts';
import { countrySchema, officeSchema, personSchema, topicSchema } from '../../schemas/registry.ts';
import { paths } from '../model/urls.ts';

interface SchemaFile {
  title: string;
  schema: z.ZodType;
  /**
   * A content record is described as written (`input`: defaults make fields optional, YAML values before
   * conversion); an open-data file as shipped (`output`: every key present).
   */
  io: 'input' | 'output';
}

export const SCHEMA_FILES = {
  document: { title: 'Document frontmatter (content/documents/<id>.<lang>.md)', schema: documentSchema, io: 'input' },
  meeting: { title: 'Meeting record (content/meetings/<id>.yaml)', schema: meetingSchema, io: 'input' },
  person: { title: 'Person record (content/people/<id>.yaml)', schema: personSchema, io: 'input' },
  country: { title: 'Country record (content/countries/<id>.yaml)', schema: countrySchema, io: 'input' },
  topic: { title: 'Topic record (content/topics/<id>.yaml)', schema: topicSchema, io: 'input' },
  office: { title: 'Office record (content/offices/<id>.yaml)', schema: officeSchema, io: 'input' },
  meetings: { title: 'Open data: meetings.json', schema: meetingsFileSchema, io: 'output' },
  documents: { title: 'Open data: documents.json (published as documents.json.gz)', schema: documentsFileSchema, io: 'output' },
  people: { title: 'Open data: people.json', schema: peopleFileSchema, io: 'output' },
  countries: { title: 'Open data: countries.json', schema: countriesFileSchema, io: 'output' },
  topics: { title: 'Open data: topics.json', schema: topicsFileSchema, io: 'output' },
  offices: { title: 'Open data: offices.json', schema: officesFileSchema, io: 'output' },
  trips: { title: 'Open data: trips.json', schema: tripsFileSchema, io: 'output' },
  visits: { title: 'Open data: visits.json', schema: visitsFileSchema, io: 'output' },
} satisfies Record<string, SchemaFile>;

export type SchemaName = keyof typeof SCHEMA_FILES;
export const SCHEMA_NAMES = Object.keys(SCHEMA_FILES) as SchemaName[];

/** Root-relative path of a schema file, like the page paths in urls.ts. */
export const schemaPath = (name: SchemaName) => `${paths.openData('schema')}/${name}.schema.json`;

// Rules zod checks in code (preprocess, superRefine) that the generated schema would otherwise leave out,
// restated in JSON Schema so an editor validating a content file applies the same rules.
function contentRules(ctx: { zodSchema: unknown; jsonSchema: z.core.JSONSchema.BaseSchema }): void {
  const json = ctx.jsonSchema;
  if (ctx.zodSchema === partialDateSchema) {
    // YAML reads an unquoted `from: 2024` as a number, which the schema accepts as a year.
    const { type: _type, pattern, ...rest } = json;
    for (const key of Object.keys(json)) delete json[key];
    Object.assign(json, rest, {
      anyOf: [
        { type: 'string', pattern },
        { type: 'integer', minimum: 1000, maximum: 9999 },
      ],
    });
  } else if (ctx.zodSchema === meetingSchema) {
    json.if = { properties: { format: { const: 'in-person' } }, required: ['format'] };
    json.then = { required: ['place'] };
  } else if (ctx.zodSchema === translationSchema) {
    json.if = { properties: { status: { const: 'original' } }, required: ['status'] };
    json.then = { not: { required: ['from'] } };
    json.else = { required: ['from'] };
  }
}

/** One schema file: `$schema`, `$id` (its own URL), `title`, then the generated schema. */
export function jsonSchemaFile(name: SchemaName, id: string): Record<string, unknown> {
  const { title, schema, io } = SCHEMA_FILES[name];
  const { $schema, ...generated } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', ...(io === 'input' ? { override: contentRules } : {}) });
  return { $schema, $id: id, title, ...generated };
}
