import { describe, expect, it } from 'vitest';
import { Archive } from '../../../src/lib/model/archive.ts';
import { DOCUMENT_COLUMNS, LIST_SEPARATOR, MEETING_COLUMNS, documentsCsv, meetingsCsv } from '../../../src/lib/publish/open-data-csv.ts';
import { countriesOpenData, documentsOpenData, meetingsOpenData, officesOpenData, peopleOpenData, topicsOpenData } from '../../../src/lib/publish/open-data.ts';
import {
  countriesFileSchema,
  documentsFileSchema,
  meetingsFileSchema,
  officesFileSchema,
  peopleFileSchema,
  topicsFileSchema,
} from '../../../src/schemas/open-data.ts';
import { fixtureArchive, realArchive } from '../../support/archive.ts';
import { csvObjects } from '../../support/csv.ts';

const BASE = '/archive/';

function openData(archive: Archive, base = BASE) {
  return {
    meetings: meetingsOpenData(archive, base),
    documents: documentsOpenData(archive, base),
    people: peopleOpenData(archive, base),
    countries: countriesOpenData(archive, base),
    topics: topicsOpenData(archive, base),
  };
}

const sorted = (xs: Iterable<string>) => [...xs].sort();

describe.each([
  ['the real archive', realArchive],
  ['the fixture archive', fixtureArchive],
])('open data of %s', (_, load) => {
  const archive = load();
  const data = openData(archive);

  it('parses with each file’s own schema, the one its JSON Schema is generated from (no key missing, none extra)', () => {
    expect(meetingsFileSchema.parse(data.meetings)).toEqual(data.meetings);
    expect(documentsFileSchema.parse(data.documents)).toEqual(data.documents);
    expect(peopleFileSchema.parse(data.people)).toEqual(data.people);
    expect(countriesFileSchema.parse(data.countries)).toEqual(data.countries);
    expect(topicsFileSchema.parse(data.topics)).toEqual(data.topics);
  });

  it('holds every record once, under the content’s own ids, with counts that match', () => {
    const { input } = archive;
    expect(sorted(data.meetings.meetings.map((m) => m.id))).toEqual(sorted(input.meetings.map((m) => m.id)));
    expect(sorted(data.documents.documents.map((d) => d.id))).toEqual(sorted(new Set(input.documents.map((d) => d.id))));
    expect(data.documents.documents.flatMap((d) => d.versions)).toHaveLength(input.documents.length);
    expect(data.people.people.map((p) => p.id)).toEqual(sorted(input.people.map((p) => p.id)));
    expect(data.countries.countries.map((c) => c.id)).toEqual(sorted(input.countries.map((c) => c.id)));
    expect(data.topics.topics.map((t) => t.id)).toEqual(sorted(input.topics.map((t) => t.id)));
    for (const [key, file] of Object.entries(data)) expect(file.count, key).toBe((file as unknown as Record<string, unknown[]>)[key]!.length);
  });

  it('has every cross reference resolve to an entry of the file it names', () => {
    const meetings = new Map(data.meetings.meetings.map((m) => [m.id, m]));
    const documents = new Set(data.documents.documents.map((d) => d.id));
    const people = new Set(data.people.people.map((p) => p.id));
    const countries = new Set(data.countries.countries.map((c) => c.id));
    const topics = new Set(data.topics.topics.map((t) => t.id));
    for (const m of meetings.values()) {
      for (const c of m.counterparts) expect(countries).toContain(c);
      for (const p of m.participants) expect(people).toContain(p.person);
      for (const r of m.related) expect(meetings.has(r), r).toBe(true);
      for (const d of m.documents) expect(documents).toContain(d.id);
    }
    for (const d of data.documents.documents) {
      for (const id of d.meetings) expect(meetings.has(id), id).toBe(true);
      for (const id of d.topics) expect(topics).toContain(id);
      // And back: each meeting it reports lists it.
      for (const id of d.meetings) expect(meetings.get(id)!.documents.map((x) => x.id)).toContain(d.id);
    }
    for (const p of data.people.people) {
      expect(countries).toContain(p.country);
      for (const id of p.meetings) expect(meetings.get(id)!.participants.map((x) => x.person)).toContain(p.id);
    }
    for (const c of data.countries.countries) for (const id of c.meetings) expect(meetings.get(id)!.counterparts).toContain(c.id);
    for (const t of data.topics.topics) for (const id of t.documents) expect(documents).toContain(id);
  });

  it('lists documents newest first by the original’s publication date, then id, each with its versions Korean first', () => {
    const docs = data.documents.documents;
    const key = (d: (typeof docs)[number]) => (d.versions.find((v) => v.lang === d.original) ?? d.versions[0]!).published;
    for (let i = 1; i < docs.length; i++) {
      const [a, b] = [docs[i - 1]!, docs[i]!];
      expect(key(a) > key(b) || (key(a) === key(b) && a.id < b.id), `${a.id} before ${b.id}`).toBe(true);
    }
    for (const d of docs) expect(d.versions.map((v) => v.lang)).toEqual(['ko', 'en'].filter((l) => d.versions.some((v) => v.lang === l)));
  });

  it('gives the same bytes each time it is built', () => {
    expect(JSON.stringify(openData(load()))).toBe(JSON.stringify(data));
    expect(meetingsCsv(load(), BASE)).toBe(meetingsCsv(archive, BASE));
    expect(documentsCsv(load(), BASE)).toBe(documentsCsv(archive, BASE));
  });

  it('writes one meetings.csv row per meeting whose cells read back to the JSON values', () => {
    const { header, rows } = csvObjects(meetingsCsv(archive, BASE));
    expect(header).toEqual(MEETING_COLUMNS.map((c) => c.name));
    expect(rows.map((r) => r.id)).toEqual(data.meetings.meetings.map((m) => m.id));
    for (const [i, m] of data.meetings.meetings.entries()) {
      const row = rows[i]!;
      expect(row).toMatchObject({ date: m.date, time: m.time ?? '', format: m.format, level: m.level, title_ko: m.title.ko, title_en: m.title.en });
      expect(row.duration_minutes).toBe(m.durationMinutes === null ? '' : String(m.durationMinutes));
      expect(row.counterparts!.split(LIST_SEPARATOR)).toEqual(m.counterparts);
      expect(row.participants!.split(LIST_SEPARATOR)).toEqual(m.participants.map((p) => p.person));
      expect(row.place_city_en).toBe(m.place?.city?.en ?? '');
      expect(row.url_ko).toBe(`${BASE}ko/meetings/${m.id}/`);
    }
  });

  it('writes one documents.csv row per language version whose cells read back to the JSON values, without the text', () => {
    const { header, rows } = csvObjects(documentsCsv(archive, BASE));
    expect(header).toEqual(DOCUMENT_COLUMNS.map((c) => c.name));
    expect(header).not.toContain('text');
    const versions = data.documents.documents.flatMap((d) => d.versions.map((v) => ({ d, v })));
    expect(rows).toHaveLength(versions.length);
    for (const [i, { d, v }] of versions.entries()) {
      expect(rows[i]).toMatchObject({
        id: d.id,
        lang: v.lang,
        title: v.title,
        deck: v.deck.join('\n'),
        published: v.published,
        translation_status: v.translation.status,
        translation_notice: v.translation.notice ?? '',
        issuer_ko: d.issuer.ko,
        meetings: d.meetings.join(';'),
        url: v.url,
      });
    }
  });
});

describe('documents.json', () => {
  const data = documentsOpenData(realArchive(), BASE);
  const doc = (id: string) => data.documents.find((d) => d.id === id)!;

  it('keeps the provenance of each version: translation, republication, source', () => {
    const lima = doc('2024-11-15-inside-story-lima-foreign-ministers');
    expect(lima).toMatchObject({
      kind: 'news',
      original: 'ko',
      author: '문홍철',
      sourceUrl: null,
      note: null,
      publisher: { ko: '사건의내막', en: 'Inside Story' },
    });
    expect(lima.versions.map((v) => [v.lang, v.translation.status, v.translation.from, v.translation.by])).toEqual([
      ['ko', 'original', null, null],
      ['en', 'machine', 'ko', 'Google Translate'],
    ]);
    expect(lima.versions[1]!.translation.notice).toMatch(/^\*아래는 위 기사를'구글 번역'으로/);
    const mofa = doc('2024-06-01-mofa-kr-us-vice-ministers');
    expect(mofa.meetings[0]).toBe('2024-05-31-kr-us-vice-ministers');
    expect(mofa.versions.map((v) => v.republished?.publisher.en ?? null)).toEqual(['Korea Policy Briefing (korea.kr)', null]);
    expect(doc('2024-11-15-gyeongnamzine-lima-foreign-ministers')).toMatchObject({
      kind: 'blog',
      sourceUrl: 'https://gyeongnamzine.com/4314',
      note: { en: expect.stringMatching(/secondary source/) },
    });
  });

  it('carries each version’s Markdown text verbatim and its page under the deploy base', () => {
    const archive = realArchive();
    const ko = doc('2024-06-01-mofa-kr-us-vice-ministers').versions[0]!;
    expect(ko.url).toBe('/archive/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/');
    expect(ko.text).toBe(archive.document('2024-06-01-mofa-kr-us-vice-ministers').versions.ko!.body!.trim());
    expect(ko.text).toMatch(/^미국을 방문중인 김홍균 외교부 제1차관은/);
    expect(documentsOpenData(archive, '/').documents[0]!.versions[0]!.url).toMatch(/^\/ko\/documents\//);
  });

  it('gives a document that has no original in the archive original: null', () => {
    const archive = fixtureArchive();
    const translationOnly = new Archive({
      ...archive.input,
      documents: archive.input.documents.filter((d) => !(d.id === '2021-07-02-release' && d.lang === 'ko')),
    });
    const entry = documentsOpenData(translationOnly, '/').documents.find((d) => d.id === '2021-07-02-release')!;
    expect(entry.original).toBeNull();
    expect(entry.versions.map((v) => v.lang)).toEqual(['en']);
  });
});

describe('people, countries and topics', () => {
  const archive = realArchive();

  it('give each person’s names, roles with open dates as null, meetings newest first and pages', () => {
    const cho = peopleOpenData(archive, BASE).people.find((p) => p.id === 'cho-tae-yul')!;
    expect(cho).toEqual({
      id: 'cho-tae-yul',
      name: { ko: '조태열', en: 'Cho Tae-yul' },
      family: { ko: '조', en: 'Cho' },
      variants: { ko: [], en: ['Cho Tae-yeol'] },
      country: 'kr',
      roles: [{ title: { ko: '외교부 장관', en: 'Minister of Foreign Affairs' }, office: 'kr-foreign-minister', from: '2024-01', to: null }],
      incomplete: false,
      meetings: ['2024-11-14-kr-jp-foreign-ministers', '2024-11-14-kr-us-foreign-ministers'],
      url: { ko: '/archive/ko/people/cho-tae-yul/', en: '/archive/en/people/cho-tae-yul/' },
    });
    const kang = peopleOpenData(archive, BASE).people.find((p) => p.id === 'kang-kyung-wha')!;
    expect(kang.meetings).toEqual(['2018-06-29-kr-us-foreign-ministers-call']);
  });

  it('link a country’s page only when the site has one (counterparts), and list its meetings and people', () => {
    const countries = countriesOpenData(archive, BASE).countries;
    const us = countries.find((c) => c.id === 'us')!;
    expect(us.url).toEqual({ ko: '/archive/ko/countries/us/', en: '/archive/en/countries/us/' });
    expect(us.meetings[0]).toBe('2024-11-14-kr-us-foreign-ministers');
    expect(us.meetings.at(-1)).toBe('2018-06-29-kr-us-foreign-ministers-call');
    expect(us.people).toContain('antony-blinken');
    expect(countries.find((c) => c.id === 'kr')).toMatchObject({ url: null, meetings: [], people: ['cho-tae-yul', 'kang-kyung-wha', 'kim-hong-kyun'] });
    expect(countries.find((c) => c.id === 'pe')).toMatchObject({ url: null, meetings: [] });
  });

  it('list a topic’s documents newest first and the meetings they report', () => {
    const topic = topicsOpenData(archive, BASE).topics.find((t) => t.id === 'north-korea')!;
    expect(topic.documents.at(-1)).toBe('2018-06-29-ecounion-kr-us-foreign-ministers-call');
    expect(topic.meetings).toContain('2018-06-29-kr-us-foreign-ministers-call');
    expect(topic.url).toEqual({ ko: '/archive/ko/topics/north-korea/', en: '/archive/en/topics/north-korea/' });
    const fixture = fixtureArchive();
    const withUnused = new Archive({ ...fixture.input, topics: [...fixture.input.topics, { id: 'unused', name: { ko: '미사용', en: 'Unused' } }] });
    expect(topicsOpenData(withUnused, '/').topics.find((t) => t.id === 'unused')).toEqual({
      id: 'unused',
      name: { ko: '미사용', en: 'Unused' },
      documents: [],
      meetings: [],
      url: null,
    });
  });
});

describe('CSV of awkward values', () => {
  // A document whose title and deck need every kind of quoting, beside the fixture's plain ones.
  const fixture = fixtureArchive();
  const base = fixture.input.documents.find((d) => d.id === '2020-03-02-news')!;
  const awkward = {
    ...base,
    title: '한미 외교장관, “긴밀 공조” 합의 — "full text"',
    deck: ['첫째 줄, 쉼표', 'second "line"'],
    note: { ko: '첫 줄\r\n둘째 줄', en: 'line one\nline "two", three' },
  };
  const archive = new Archive({ ...fixture.input, documents: fixture.input.documents.map((d) => (d === base ? awkward : d)) });

  it('reads back to the JSON values: Hangul, commas, quotes and line breaks intact', () => {
    const { rows } = csvObjects(documentsCsv(archive, '/'));
    const row = rows.find((r) => r.id === '2020-03-02-news')!;
    expect(row.title).toBe(awkward.title);
    expect(row.deck!.split('\n')).toEqual(awkward.deck);
    expect([row.note_ko, row.note_en]).toEqual([awkward.note.ko, awkward.note.en]);
    const json = documentsOpenData(archive, '/').documents.find((d) => d.id === '2020-03-02-news')!;
    expect([json.versions[0]!.title, json.note]).toEqual([row.title, { ko: row.note_ko, en: row.note_en }]);
  });
});

describe('offices (직위)', () => {
  it('give each office its holders in order, their titles, terms and meetings in office', () => {
    const file = officesOpenData(realArchive(), '/archive/');
    expect(officesFileSchema.safeParse(file).error).toBeUndefined();
    expect(file.count).toBe(6);
    const state = file.offices.find((o) => o.id === 'us-secretary-of-state')!;
    expect(state.holders).toEqual([
      {
        person: 'mike-pompeo',
        title: { ko: '미국 국무장관', en: 'Secretary of State' },
        from: '2018-04',
        to: '2021-01',
        meetings: ['2018-06-29-kr-us-foreign-ministers-call'],
      },
      {
        person: 'antony-blinken',
        title: { ko: '미국 국무장관', en: 'Secretary of State' },
        from: '2021-01',
        to: '2025-01',
        meetings: ['2024-11-14-kr-us-foreign-ministers'],
      },
    ]);
    expect(state.url).toEqual({ ko: '/archive/ko/offices/us-secretary-of-state/', en: '/archive/en/offices/us-secretary-of-state/' });
  });
});
