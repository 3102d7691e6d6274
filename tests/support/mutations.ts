// Mutations of a valid content folder, as a careless or hostile editor would make them: fields dropped, types
// swapped, dates and URLs malformed, files re-encoded, Unicode edge cases, broken YAML, duplicate and dangling
// ids. Each mutation changes one file of the folder (or adds one) and says what it did.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { pick, type Rng } from '../../src/dev/bench/vocabulary.ts';

/** A content folder as files: relative path → bytes. */
export type Files = Map<string, Buffer>;

export interface Mutation {
  files: Files;
  /** Which file changed, and how. */
  what: string;
}

export function readFolder(dir: string): Files {
  const files: Files = new Map();
  for (const folder of readdirSync(dir))
    for (const name of readdirSync(join(dir, folder))) files.set(`${folder}/${name}`, readFileSync(join(dir, folder, name)));
  return files;
}

/** Writes a content folder of files into a fresh temporary folder. */
export function writeFolder(files: Files, prefix = 'archive-mutation-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return dir;
}

type Data = Record<string, unknown>;

/** A record's data and, for a document, its body. */
function parse(path: string, bytes: Buffer): { data: Data; body?: string } {
  const text = bytes.toString('utf8');
  if (!path.endsWith('.md')) return { data: yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Data };
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  if (front === undefined) throw new Error('no frontmatter');
  return { data: yaml.load(front!, { schema: yaml.CORE_SCHEMA }) as Data, body };
}

function serialize(path: string, data: Data, body?: string): Buffer {
  const front = yaml.dump(data, { schema: yaml.CORE_SCHEMA, lineWidth: -1 });
  return Buffer.from(path.endsWith('.md') ? `---\n${front}---\n${body ?? ''}` : front, 'utf8');
}

/** Every path to a value in the data: ['source', 'publisher', 'ko'], ['participants', 1, 'role'] … */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))].filter((p) => p.length);
  if (value && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))].filter((p) => p.length);
  return [prefix];
}

function setAt(data: Data, path: (string | number)[], value: unknown, drop = false): void {
  let node = data as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (!drop) node[last] = value;
  else if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete node[last];
}

const getAt = (data: Data, path: (string | number)[]): unknown => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], data);

const OTHER_TYPES: unknown[] = [
  42,
  -1,
  3.5,
  true,
  false,
  null,
  [],
  {},
  ['x'],
  { ko: 1 },
  '',
  ' ',
  'x'.repeat(5000),
  '2020-03-02',
  { ko: '가', en: 'A', fr: 'B' },
];
const BAD_DATES = [
  '2020-13-01',
  '2020-02-30',
  '2020/03/02',
  'yesterday',
  '20200302',
  '2020-3-2',
  ' 2020-03-02',
  '0000-00-00',
  '2020-03-02T10:00:00Z',
  '２０２０-03-02',
];
const BAD_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox',
  'ftp://example.org/x',
  'example.org/news',
  'https://',
  'http://exa mple.org',
  '//example.org/x',
  'https://例え.jp/경로?q=한국',
  'https://example.org/"><script>alert(1)</script>',
  ' https://example.org',
];
const UNICODE = ['\u200b', '\u202e', '\u0000', '\ud800', 'e\u0301', '😀', '\u00a0', '\ufeff', '\r', '\t', '\u2028', '\uffff', '한\u11a8', '\u3000'];
const DATE_KEYS = new Set(['date', 'published', 'from', 'to', 'captured']);
const URL_KEYS = new Set(['url', 'originalUrl']);
const ID_LISTS = ['meetings', 'topics', 'counterparts', 'related'];

type Mutator = (rng: Rng, files: Files) => Mutation;

const onRecord =
  (how: (rng: Rng, data: Data, path: string) => string | undefined): Mutator =>
  (rng, files) => {
    for (let tries = 0; tries < 20; tries++) {
      const path = pick(rng, [...files.keys()]);
      let parsed: { data: Data; body?: string };
      try {
        parsed = parse(path, files.get(path)!);
      } catch {
        continue; // Broken by an earlier mutation: another file.
      }
      const { data, body } = parsed;
      if (!data || typeof data !== 'object') continue;
      const what = how(rng, data, path);
      if (what === undefined) continue;
      const next = new Map(files);
      next.set(path, serialize(path, data, body));
      return { files: next, what: `${path}: ${what}` };
    }
    return { files, what: 'nothing (no field of the kind found)' };
  };

const onBytes =
  (how: (rng: Rng, bytes: Buffer, text: string) => [Buffer, string]): Mutator =>
  (rng, files) => {
    const path = pick(rng, [...files.keys()]);
    const [bytes, what] = how(rng, files.get(path)!, files.get(path)!.toString('utf8'));
    const next = new Map(files);
    next.set(path, bytes);
    return { files: next, what: `${path}: ${what}` };
  };

const MUTATORS: Record<string, Mutator> = {
  dropField: onRecord((rng, data) => {
    const path = pick(rng, paths(data));
    setAt(data, path, undefined, true);
    return `dropped ${path.join('.')}`;
  }),
  swapType: onRecord((rng, data) => {
    const path = pick(rng, paths(data));
    const value = pick(rng, OTHER_TYPES);
    setAt(data, path, value);
    return `${path.join('.')} = ${JSON.stringify(value)?.slice(0, 40)}`;
  }),
  badDate: onRecord((rng, data) => {
    const found = paths(data).filter((p) => DATE_KEYS.has(String(p[p.length - 1])));
    if (!found.length) return undefined;
    const path = pick(rng, found);
    const value = pick(rng, BAD_DATES);
    setAt(data, path, value);
    return `${path.join('.')} = ${value}`;
  }),
  badUrl: onRecord((rng, data, file) => {
    if (!file.endsWith('.md')) return undefined;
    const value = pick(rng, BAD_URLS);
    if (rng() < 0.5 && data.source && typeof data.source === 'object') {
      (data.source as Data).url = value;
      return `source.url = ${value}`;
    }
    const found = paths(data).filter((p) => URL_KEYS.has(String(p[p.length - 1])));
    if (!found.length) return undefined;
    setAt(data, pick(rng, found), value);
    return `a URL = ${value}`;
  }),
  unicode: onRecord((rng, data) => {
    const found = paths(data).filter((p) => typeof getAt(data, p) === 'string');
    const path = pick(rng, found);
    const text = getAt(data, path) as string;
    const at = Math.floor(rng() * (text.length + 1));
    const char = pick(rng, UNICODE);
    setAt(data, path, text.slice(0, at) + char + text.slice(at));
    return `${path.join('.')} with U+${char.codePointAt(0)!.toString(16)} at ${at}`;
  }),
  danglingId: onRecord((rng, data) => {
    const lists = ID_LISTS.filter((k) => Array.isArray(data[k]));
    if (lists.length) {
      const key = pick(rng, lists);
      (data[key] as unknown[]).push(pick(rng, ['no-such-id', 'XX', 'Kr', '../etc', '']));
      return `${key} + a missing id`;
    }
    if (Array.isArray(data.participants) && data.participants.length) {
      (data.participants[0] as Data).person = 'no-such-person';
      return 'participants[0].person = no-such-person';
    }
    return undefined;
  }),
  encoding: onBytes((rng, bytes, text) => {
    const kind = pick(rng, ['utf16le+bom', 'utf16be', 'latin1', 'utf8 bom', 'cut multibyte', 'nul']);
    switch (kind) {
      case 'utf16le+bom':
        return [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), kind];
      case 'utf16be':
        return [Buffer.from(text, 'utf16le').swap16(), kind];
      case 'latin1':
        return [Buffer.from(text.replace(/[^\u0000-\u00ff]/g, 'é'), 'latin1'), kind];
      case 'utf8 bom':
        return [Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]), kind];
      case 'cut multibyte': {
        const at = bytes.findIndex((b) => b >= 0xe0);
        return at < 0 ? [Buffer.concat([bytes, Buffer.from([0xed, 0x95])]), kind] : [Buffer.concat([bytes.subarray(0, at + 1), bytes.subarray(at + 3)]), kind];
      }
      default:
        return [Buffer.concat([bytes.subarray(0, 10), Buffer.from([0]), bytes.subarray(10)]), kind];
    }
  }),
  yamlText: onBytes((rng, _bytes, text) => {
    const lines = text.split('\n');
    const keyed = lines.map((l, i) => [l, i] as const).filter(([l]) => /^[a-z][A-Za-z]*: /.test(l));
    if (!keyed.length) return [Buffer.from(`${text}\n: no key`), 'a line without a key added'];
    const [line, i] = pick(rng, keyed);
    const key = line.slice(0, line.indexOf(':'));
    const value = pick(rng, [
      '2024-05-31',
      '2018-06-29 16:22:19',
      'yes',
      'no',
      '1e3',
      '~',
      '[a',
      '{ ko: x',
      '"unclosed',
      '&anchor x',
      '*alias',
      '!!binary x',
      '|',
      '@x',
      '`x`',
      '- a',
    ]);
    lines[i] = `${key}: ${value}`;
    if (rng() < 0.1) lines.splice(lines.lastIndexOf('---'), 1);
    return [Buffer.from(lines.join('\n')), `${key}: ${value} (as written)`];
  }),
  duplicate: (rng, files) => {
    const path = pick(rng, [...files.keys()]);
    const copy = path.replace(/^([^/]+)\/([^.]+)/, '$1/$2-copy');
    const next = new Map(files);
    next.set(copy, files.get(path)!);
    return { files: next, what: `${path} copied to ${copy} (same id)` };
  },
  strayFile: (rng, files) => {
    const next = new Map(files);
    const name = pick(rng, ['documents/notes.txt', 'meetings/draft.yml', 'people/.DS_Store', 'documents/x.md', 'topics/empty.yaml', 'countries/ZZ.yaml']);
    next.set(name, Buffer.from(pick(rng, ['', '---\n---\n', 'id: x\n', '\u0000\u0001binary'])));
    return { files: next, what: `added ${name}` };
  },
};

export const MUTATION_KINDS = Object.keys(MUTATORS);

/** One mutation of the folder, of the kind given or a random one. */
export function mutate(rng: Rng, files: Files, kind = pick(rng, MUTATION_KINDS)): Mutation {
  const m = MUTATORS[kind]!(rng, files);
  return { ...m, what: `${kind}: ${m.what}` };
}
