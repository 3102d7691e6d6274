import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { jsonSchemaFile, SCHEMA_NAMES, schemaPath } from '../../src/lib/publish/json-schemas.ts';
import {
  OPEN_DATA_FILES,
  countriesOpenData,
  documentsOpenData,
  meetingsOpenData,
  peopleOpenData,
  topicsOpenData,
  tripsOpenData,
  officesOpenData,
  visitsOpenData,
} from '../../src/lib/publish/open-data.ts';
import { DOCUMENT_COLUMNS, MEETING_COLUMNS } from '../../src/lib/publish/open-data-csv.ts';
import {
  countriesFileSchema,
  documentsFileSchema,
  meetingsFileSchema,
  peopleFileSchema,
  topicsFileSchema,
  tripsFileSchema,
  officesFileSchema,
  visitsFileSchema,
} from '../../src/schemas/open-data.ts';
import { realArchive } from '../support/archive.ts';
import { csvObjects } from '../support/csv.ts';

describe('the open data of the built site', () => {
  const dist = inject('distDir');
  const read = (path: string) => readFileSync(join(dist, path), 'utf8');
  const json = (file: string) => JSON.parse(file.endsWith('.gz') ? gunzipSync(readFileSync(join(dist, 'data', file))).toString('utf8') : read(`data/${file}`));
  /** Whether a root-relative page path of the default build (base "/") is a page of dist/. */
  const isPage = (path: string) => path.startsWith('/') && path.endsWith('/') && existsSync(join(dist, path, 'index.html'));

  it('has every file the data page offers', () => {
    for (const file of OPEN_DATA_FILES) expect(existsSync(join(dist, 'data', file)), file).toBe(true);
    for (const name of SCHEMA_NAMES) expect(existsSync(join(dist, schemaPath(name))), name).toBe(true);
  });

  it('ships JSON files that parse with their schemas and hold what the archive’s model builds from content/', () => {
    const archive = realArchive();
    const files = [
      ['meetings.json', meetingsFileSchema, meetingsOpenData(archive, '/')],
      ['documents.json.gz', documentsFileSchema, documentsOpenData(archive, '/')],
      ['people.json', peopleFileSchema, peopleOpenData(archive, '/')],
      ['countries.json', countriesFileSchema, countriesOpenData(archive, '/')],
      ['topics.json', topicsFileSchema, topicsOpenData(archive, '/')],
      ['offices.json', officesFileSchema, officesOpenData(archive, '/')],
      ['trips.json', tripsFileSchema, tripsOpenData(archive, '/')],
      ['visits.json', visitsFileSchema, visitsOpenData(archive, '/')],
    ] as const;
    for (const [file, schema, expected] of files) {
      const shipped = json(file);
      expect(schema.safeParse(shipped).error?.issues, file).toBeUndefined();
      // The texts included: Astro's body of each document is the Markdown the content checks read.
      expect(shipped, file).toEqual(expected);
    }
  });

  it('links only to pages that exist', () => {
    const urls = [
      ...json('meetings.json').meetings.flatMap((m: { documents: { url: string }[] }) => m.documents.map((d) => d.url)),
      ...json('documents.json.gz').documents.flatMap((d: { versions: { url: string }[] }) => d.versions.map((v) => v.url)),
      ...json('people.json').people.flatMap((p: { url: { ko: string; en: string } }) => [p.url.ko, p.url.en]),
      ...json('countries.json').countries.flatMap((c: { url: { ko: string; en: string } | null }) => (c.url ? [c.url.ko, c.url.en] : [])),
      ...json('topics.json').topics.flatMap((t: { url: { ko: string; en: string } | null }) => (t.url ? [t.url.ko, t.url.en] : [])),
      ...json('offices.json').offices.flatMap((o: { url: { ko: string; en: string } }) => [o.url.ko, o.url.en]),
      // A trip's address is its anchor on the trips page: the page must exist, and the anchor be on it.
      ...json('trips.json').trips.flatMap((t: { id: string; url: { ko: string; en: string } }) =>
        Object.values(t.url).map((u) => {
          expect(read(`${u.split('#')[0]!.slice(1)}index.html`)).toContain(`id="trip-${t.id}"`);
          return u.split('#')[0]!;
        }),
      ),
      ...csvObjects(read('data/meetings.csv')).rows.flatMap((r) => [r.url_ko!, r.url_en!]),
      ...csvObjects(read('data/documents.csv')).rows.map((r) => r.url!),
    ];
    expect(urls.length).toBeGreaterThan(40);
    expect(urls.filter((u) => !isPage(u))).toEqual([]);
  });

  it('ships CSV tables with the documented columns, one row per meeting and per document version', () => {
    const meetings = csvObjects(read('data/meetings.csv'));
    expect(meetings.header).toEqual(MEETING_COLUMNS.map((c) => c.name));
    expect(meetings.rows.map((r) => r.id)).toEqual(json('meetings.json').meetings.map((m: { id: string }) => m.id));
    const documents = csvObjects(read('data/documents.csv'));
    expect(documents.header).toEqual(DOCUMENT_COLUMNS.map((c) => c.name));
    expect(documents.rows).toHaveLength(json('documents.json.gz').documents.flatMap((d: { versions: unknown[] }) => d.versions).length);
    expect(documents.rows.find((r) => r.lang === 'ko' && r.id === '2024-11-15-inside-story-lima-foreign-ministers')?.title).toBe(
      '한미 외교장관, 러시아의 대북 군사적 지원 가능성 예의주시',
    );
  });

  it('ships each JSON Schema with its own address as $id', () => {
    for (const name of SCHEMA_NAMES) {
      const schema = JSON.parse(read(schemaPath(name)));
      expect(schema.$id, name).toMatch(new RegExp(`^https?://[^/]+${schemaPath(name).replaceAll('.', '\\.')}$`));
      expect(schema).toEqual(jsonSchemaFile(name, schema.$id));
    }
  });

  it('has a data page in each language that links every file and schema', () => {
    for (const lang of ['ko', 'en']) {
      const html = read(`${lang}/data/index.html`);
      for (const file of OPEN_DATA_FILES) expect(html, `${lang} ${file}`).toContain(`href="/data/${file}"`);
      for (const name of SCHEMA_NAMES) expect(html, `${lang} ${name}`).toContain(`href="${schemaPath(name)}"`);
      expect(html).toContain('CC BY 4.0');
    }
  });
});
