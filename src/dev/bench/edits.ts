/**
 * An archivist's edits, applied to a content folder: the differential test of incremental builds applies them
 * at random one after another, and the benchmark times a rebuild after one of each. Every edit leaves content
 * that passes the checks, and says what it changed.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { FRONTMATTER } from '../../lib/content/read-fs.ts';
import { pick, type Rng } from './vocabulary.ts';

export const EDIT_KINDS = [
  'body',
  'title',
  'person-name',
  'person-variant',
  'meeting-date',
  'meeting-counterpart',
  'new-document',
  'delete-document',
  'new-country',
  'topic-renamed',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

type Record_ = Record<string, unknown>;
const load = (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Record_;
const dump = (data: unknown) => yaml.dump(data, { schema: yaml.CORE_SCHEMA, lineWidth: -1 });

interface DocFile {
  path: string;
  data: Record_ & { id: string; lang: 'ko' | 'en'; title: string; meetings: string[]; translation: { status: string; from?: string } };
  body: string;
}

function readDoc(path: string): DocFile {
  const text = readFileSync(path, 'utf8');
  const m = FRONTMATTER.exec(text)!;
  return { path, data: load(m[1]!) as DocFile['data'], body: text.slice(m[0].length) };
}
const writeDoc = (doc: DocFile) => writeFileSync(doc.path, `---\n${dump(doc.data)}---\n${doc.body}`);
const files = (dir: string, ext: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
const readYaml = (path: string) => load(readFileSync(path, 'utf8'));
const writeYaml = (path: string, data: unknown) => writeFileSync(path, dump(data));

// Countries a synthetic or real archive may not hold yet, for the new-country edit.
const SPARE_COUNTRIES: [string, string, string][] = [
  ['nz', '뉴질랜드', 'New Zealand'],
  ['cl', '칠레', 'Chile'],
  ['pe', '페루', 'Peru'],
  ['ke', '케냐', 'Kenya'],
  ['no', '노르웨이', 'Norway'],
  ['fi', '핀란드', 'Finland'],
  ['pt', '포르투갈', 'Portugal'],
  ['uz', '우즈베키스탄', 'Uzbekistan'],
];

/** Applies one edit of the given kind (or a random kind) to the content folder and says what it did. */
export function applyEdit(contentDir: string, rng: Rng, kind: EditKind = pick(rng, EDIT_KINDS), step = 0): string {
  const docs = () => files(join(contentDir, 'documents'), '.md');
  const doc = () => readDoc(pick(rng, docs()));
  switch (kind) {
    case 'body': {
      const d = doc();
      d.body = `${d.body.trimEnd()}\n\n${d.data.lang === 'ko' ? `수정 ${step}: 덧붙인 문단입니다.` : `Edit ${step}: an added paragraph.`}\n`;
      writeDoc(d);
      return `body of ${d.data.id} (${d.data.lang})`;
    }
    case 'title': {
      const d = doc();
      d.data.title = `${d.data.title} (${step})`;
      writeDoc(d);
      return `title of ${d.data.id} (${d.data.lang})`;
    }
    case 'person-name': {
      const path = pick(rng, files(join(contentDir, 'people'), '.yaml'));
      const p = readYaml(path) as { id: string; name: { ko: string; en: string } };
      p.name = { ko: `${p.name.ko}${'가나다라마'[step % 5]}`, en: `${p.name.en} ${String.fromCharCode(65 + (step % 26))}.` };
      writeYaml(path, p);
      return `name of person ${p.id}`;
    }
    case 'person-variant': {
      // A variant that a body prints, so that the body's person links change.
      const d = doc();
      const words = d.body.match(d.data.lang === 'ko' ? /\p{Script=Hangul}{3,}/gu : /\b[A-Z][a-z]{4,}\b/g) ?? [];
      const path = pick(rng, files(join(contentDir, 'people'), '.yaml'));
      const p = readYaml(path) as { id: string; variants: { ko: string[]; en: string[] } };
      const word = words.length ? pick(rng, words) : d.data.lang === 'ko' ? '가나다' : 'Variant';
      p.variants[d.data.lang] = [...p.variants[d.data.lang], word];
      writeYaml(path, p);
      return `variant "${word}" for person ${p.id} (printed in ${d.data.id})`;
    }
    case 'meeting-date': {
      const path = pick(rng, files(join(contentDir, 'meetings'), '.yaml'));
      const m = readYaml(path) as { id: string; date: string };
      const year = Number(m.date.slice(0, 4));
      m.date = `${year + (rng() < 0.5 ? -1 : 1)}${m.date.slice(4)}`.replace(/-02-29$/, '-02-28');
      writeYaml(path, m);
      return `date of meeting ${m.id} to ${m.date}`;
    }
    case 'meeting-counterpart': {
      const countries = files(join(contentDir, 'countries'), '.yaml')
        .map((f) => (readYaml(f) as { id: string }).id)
        .filter((c) => c !== 'kr');
      const path = pick(rng, files(join(contentDir, 'meetings'), '.yaml'));
      const m = readYaml(path) as { id: string; counterparts: string[] };
      const add = countries.filter((c) => !m.counterparts.includes(c));
      if (!add.length) return applyEdit(contentDir, rng, 'body', step);
      const code = pick(rng, add);
      m.counterparts = [...m.counterparts, code];
      writeYaml(path, m);
      return `counterpart ${code} added to meeting ${m.id}`;
    }
    case 'new-document': {
      // A news report on an existing meeting, in one language.
      const d = doc();
      const id = `${d.data.id}-report-${step}`;
      const copy: DocFile = {
        path: join(contentDir, 'documents', `${id}.${d.data.lang}.md`),
        data: {
          ...d.data,
          id,
          title: `${d.data.title} — ${step}`,
          translation: { status: 'original' },
          source: { kind: 'news', publisher: { ko: '연합뉴스', en: 'Yonhap' } },
        },
        body: d.body,
      };
      writeDoc(copy);
      return `new document ${id} (${d.data.lang})`;
    }
    case 'delete-document': {
      // A version nothing else needs: a translation, or a document with one version.
      const all = docs().map(readDoc);
      const versions = new Map<string, number>();
      for (const d of all) versions.set(d.data.id, (versions.get(d.data.id) ?? 0) + 1);
      const removable = all.filter((d) => d.data.translation.status !== 'original' || versions.get(d.data.id) === 1);
      if (removable.length < 2) return applyEdit(contentDir, rng, 'body', step);
      const d = pick(rng, removable);
      rmSync(d.path);
      return `deleted ${d.data.id} (${d.data.lang})`;
    }
    case 'new-country': {
      const spare = SPARE_COUNTRIES.find(([code]) => !existsSync(join(contentDir, 'countries', `${code}.yaml`)));
      if (!spare) return applyEdit(contentDir, rng, 'meeting-counterpart', step);
      const [code, ko, en] = spare;
      writeYaml(join(contentDir, 'countries', `${code}.yaml`), { id: code, name: { ko, en }, short: { ko: ko.slice(0, 1), en } });
      const path = pick(rng, files(join(contentDir, 'meetings'), '.yaml'));
      const m = readYaml(path) as { id: string; counterparts: string[] };
      m.counterparts = [...m.counterparts, code];
      writeYaml(path, m);
      return `new country ${code}, a counterpart of meeting ${m.id}`;
    }
    case 'topic-renamed': {
      const path = pick(rng, files(join(contentDir, 'topics'), '.yaml'));
      const topic = readYaml(path) as { id: string; name: { ko: string; en: string } };
      topic.name = { ko: `${topic.name.ko} ${step}`, en: `${topic.name.en} ${step}` };
      writeYaml(path, topic);
      return `topic ${topic.id} renamed`;
    }
  }
}
