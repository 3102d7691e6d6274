import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFile, SCHEMA_FILES, SCHEMA_NAMES, schemaPath, type SchemaName } from '../../src/lib/publish/json-schemas.ts';
import { countriesOpenData, documentsOpenData, meetingsOpenData, peopleOpenData, topicsOpenData } from '../../src/lib/publish/open-data.ts';
import { realArchive } from '../support/archive.ts';
import { CONTENT_DIR } from '../support/fixtures.ts';

type Json = Record<string, unknown> & { properties?: Record<string, Json>; required?: string[]; items?: Json; anyOf?: Json[]; description?: string };

const ID = 'https://example.org/data/schema/x.schema.json';
const schemaOf = (name: SchemaName) => jsonSchemaFile(name, ID) as Json;
const sorted = (xs: string[] | undefined) => [...(xs ?? [])].sort();

/** Every object property in a JSON Schema, with its path. */
function properties(node: Json, path = ''): [string, Json][] {
  const own = Object.entries(node.properties ?? {}).map(([k, v]) => [`${path}.${k}`, v] as [string, Json]);
  const nested = [
    ...own.flatMap(([p, v]) => properties(v, p)),
    ...(node.items ? properties(node.items, `${path}[]`) : []),
    ...(node.anyOf ?? []).flatMap((branch) => properties(branch, path)),
  ];
  return [...own, ...nested];
}

/** Every object schema in a JSON Schema, with its path. */
function objects(node: Json, path = ''): [string, Json][] {
  return [
    ...(node.properties ? [[path || '(root)', node] as [string, Json]] : []),
    ...Object.entries(node.properties ?? {}).flatMap(([k, v]) => objects(v, `${path}.${k}`)),
    ...(node.items ? objects(node.items, `${path}[]`) : []),
    ...(node.anyOf ?? []).flatMap((branch) => objects(branch, path)),
  ];
}

/** The keys of a valid record that zod refuses to see left out: what "required" means to a user. */
function requiredByZod(schema: z.ZodType, valid: Record<string, unknown>, wrap = (r: Record<string, unknown>): unknown => r): string[] {
  expect(schema.safeParse(wrap(valid)).success).toBe(true);
  return Object.keys(valid)
    .filter((key) => {
      const { [key]: _, ...without } = valid;
      return !schema.safeParse(wrap(without)).success;
    })
    .sort();
}

const personSchemaFromJson = () => z.fromJSONSchema(schemaOf('person') as z.core.JSONSchema.JSONSchema);

const openData = () => {
  const archive = realArchive();
  return {
    meetings: meetingsOpenData(archive, '/'),
    documents: documentsOpenData(archive, '/'),
    people: peopleOpenData(archive, '/'),
    countries: countriesOpenData(archive, '/'),
    topics: topicsOpenData(archive, '/'),
  };
};

describe('JSON Schema files', () => {
  it.each(SCHEMA_NAMES)('%s: says which JSON Schema it follows, where it lives and what it describes', (name) => {
    const schema = schemaOf(name);
    expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'type']);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(ID);
    expect(schema.title).toBe(SCHEMA_FILES[name].title);
    expect(schema.description).toMatch(/\w{3}/);
    expect(schemaPath(name)).toBe(`/data/schema/${name}.schema.json`);
  });

  it.each(SCHEMA_NAMES)('%s: describes every field, at every depth, in English', (name) => {
    const fields = properties(schemaOf(name));
    expect(fields.length).toBeGreaterThan(3);
    for (const [path, field] of fields) expect(field.description, `${name}${path}`).toMatch(/^[A-Za-z].*[a-z]{3}/);
  });

  it('require exactly the fields the zod schemas refuse to see left out', () => {
    const archive = realArchive();
    const { body: _, ...document } = archive.document('2024-06-01-mofa-kr-us-vice-ministers').versions.en!;
    const samples: Record<string, Record<string, unknown>> = {
      document,
      // A call, which needs no place: leaving the place out of it is no error.
      meeting: archive.meeting('2018-06-29-kr-us-foreign-ministers-call'),
      person: archive.person('cho-tae-yul'),
      country: archive.country('us'),
      topic: archive.topic('north-korea'),
    };
    for (const [name, sample] of Object.entries(samples)) {
      expect(sorted(schemaOf(name as SchemaName).required), name).toEqual(requiredByZod(SCHEMA_FILES[name as SchemaName].schema, sample));
    }
    const data = openData();
    for (const name of ['meetings', 'documents', 'people', 'countries', 'topics'] as const) {
      const { schema } = SCHEMA_FILES[name];
      const file = data[name] as unknown as Record<string, Record<string, unknown>[]>;
      const json = schemaOf(name);
      expect(sorted(json.required), name).toEqual(requiredByZod(schema, file));
      // One level down: an entry of the file.
      const [first, ...rest] = file[name]!;
      const entries = (entry: Record<string, unknown>) => ({ ...file, [name]: [entry, ...rest] });
      expect(sorted(json.properties![name]!.items!.required), `${name} entry`).toEqual(requiredByZod(schema, first!, entries));
    }
  });

  it.each(['meetings', 'documents', 'people', 'countries', 'topics'] as const)('%s: requires every key of every object, absent values being null', (name) => {
    const all = objects(schemaOf(name));
    expect(all.length).toBeGreaterThan(2);
    for (const [path, node] of all) {
      expect(sorted(node.required), path).toEqual(sorted(Object.keys(node.properties!)));
      expect(node.additionalProperties, path).toBe(false);
    }
  });

  it('accept the open data as built, and refuse a missing key, an extra key or a wrong value (read back as schemas)', () => {
    const data = openData();
    for (const name of ['meetings', 'documents', 'people', 'countries', 'topics'] as const) {
      const fromJson = z.fromJSONSchema(schemaOf(name) as z.core.JSONSchema.JSONSchema);
      const file = data[name] as unknown as Record<string, Record<string, unknown>[]>;
      expect(fromJson.safeParse(file).success, name).toBe(true);
      const missing = structuredClone(file);
      delete missing[name]![0]!.id;
      expect(fromJson.safeParse(missing).success, `${name} without an id`).toBe(false);
      const extra = structuredClone(file);
      extra[name]![0]!.unknownKey = 1;
      expect(fromJson.safeParse(extra).success, `${name} with an extra key`).toBe(false);
      const wrong = structuredClone(file);
      wrong[name]![0]!.id = 'Not An Id';
      expect(fromJson.safeParse(wrong).success, `${name} with a bad id`).toBe(false);
    }
  });

  it('describe content as written: defaults optional, a year as a YAML number, and the rules zod checks in code', () => {
    const document = schemaOf('document');
    expect(document.required).toEqual(['id', 'lang', 'title', 'published', 'issuer', 'source', 'translation', 'meetings']);
    expect(document.properties!.deck).toMatchObject({ default: [] });
    const translation = document.properties!.translation!;
    expect(translation).toMatchObject({
      if: { properties: { status: { const: 'original' } } },
      then: { not: { required: ['from'] } },
      else: { required: ['from'] },
    });
    expect(schemaOf('meeting')).toMatchObject({ if: { properties: { format: { const: 'in-person' } } }, then: { required: ['place'] } });
    const from = schemaOf('person').properties!.roles!.items!.properties!.from!;
    expect(from.anyOf).toEqual([
      { type: 'string', pattern: expect.any(String) },
      { type: 'integer', minimum: 1000, maximum: 9999 },
    ]);
    // Shipped data is described as output: the people file's dates are strings (or null) only.
    const person = { id: 'p', name: { ko: '가', en: 'Ga' }, country: 'us', roles: [{ title: { ko: '장관', en: 'Minister' }, from: 2021 }] };
    expect(personSchemaFromJson().safeParse(person).success).toBe(true);
    expect(SCHEMA_FILES.person.schema.safeParse(person).success).toBe(true);
    const shipped = schemaOf('people').properties!.people!.items!.properties!.roles!.items!.properties!.from!;
    expect(shipped.anyOf!.map((branch) => branch.type)).toEqual(['string', 'null']);
  });

  it('accept the archive’s own meeting, people, country and topic files as written', () => {
    // The content schemas carry if/then rules, which zod cannot read back: check the YAML against the rest. YAML
    // 1.2's core schema (what editors validate with) reads 2024-05-31 as a string and 2024 as a number.
    for (const [folder, name] of [
      ['meetings', 'meeting'],
      ['people', 'person'],
      ['countries', 'country'],
      ['topics', 'topic'],
    ] as const) {
      const { if: _if, then: _then, ...plain } = schemaOf(name);
      const fromJson = z.fromJSONSchema(plain as z.core.JSONSchema.JSONSchema);
      for (const file of readdirSync(join(CONTENT_DIR, folder))) {
        const record = loadYaml(readFileSync(join(CONTENT_DIR, folder, file), 'utf8'), { schema: CORE_SCHEMA }) as unknown;
        expect(fromJson.safeParse(record).error?.issues, file).toBeUndefined();
      }
    }
  });
});
