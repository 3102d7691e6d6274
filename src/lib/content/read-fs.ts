import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import type { Problem } from './problems.ts';

/** The record folders under the content folder and the files each holds. */
export const COLLECTIONS = {
  documents: { folder: 'documents', pattern: '**/*.md' },
  meetings: { folder: 'meetings', pattern: '**/*.{yaml,yml}' },
  people: { folder: 'people', pattern: '**/*.{yaml,yml}' },
  countries: { folder: 'countries', pattern: '**/*.{yaml,yml}' },
  topics: { folder: 'topics', pattern: '**/*.{yaml,yml}' },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

export interface RawRecord {
  /** The file as the user names it (relative to the working directory when possible). */
  file: string;
  data: unknown;
  /** Markdown body, for documents. */
  body?: string;
}

export type RawContent = Record<CollectionName, RawRecord[]>;

function listFiles(dir: string, extensions: readonly string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path, extensions));
    else if (extensions.some((ext) => name.endsWith(ext))) out.push(path);
  }
  return out;
}

export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

// The core schema keeps dates as written, so an impossible date such as 2021-02-30 is reported
// instead of silently rolling over to 2 March, as YAML 1.1 timestamps do.
export const loadYaml = (text: string): unknown => yaml.load(text, { schema: yaml.CORE_SCHEMA });

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

function yamlMessage(err: unknown): string {
  const e = err as { reason?: string; mark?: { line: number; column: number }; message?: string };
  if (e.reason && e.mark) return `YAML syntax error at line ${e.mark.line + 1}, column ${e.mark.column + 1}: ${e.reason}`;
  return `cannot be read: ${e.message ?? String(err)}`;
}

/** Reads every record file of the content folder; unreadable files become problems, not exceptions. */
export function readContent(contentDir: string): { content: RawContent; problems: Problem[] } {
  const root = resolve(contentDir);
  const problems: Problem[] = [];
  const content = { documents: [], meetings: [], people: [], countries: [], topics: [] } as RawContent;
  try {
    if (!statSync(root).isDirectory()) throw new Error('not a folder');
  } catch {
    problems.push({ file: displayPath(root), field: '(folder)', message: 'the content folder does not exist: set ARCHIVE_CONTENT_DIR to a folder holding documents/, meetings/, people/, countries/ and topics/' });
    return { content, problems };
  }
  for (const [name, { folder }] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const isDocs = name === 'documents';
    for (const path of listFiles(join(root, folder), isDocs ? ['.md'] : ['.yaml', '.yml'])) {
      const file = displayPath(path);
      const text = readFileSync(path, 'utf8');
      try {
        if (isDocs) {
          if (!/^---\r?\n/.test(text)) {
            problems.push({ file, field: '(frontmatter)', message: 'the file must start with a frontmatter block between two "---" lines' });
            continue;
          }
          const match = FRONTMATTER.exec(text);
          if (!match) {
            problems.push({ file, field: '(frontmatter)', message: 'the frontmatter block is not closed: add a line "---" after the last field' });
            continue;
          }
          content.documents.push({ file, data: loadYaml(match[1] ?? ''), body: text.slice(match[0].length) });
        } else {
          content[name].push({ file, data: loadYaml(text) });
        }
      } catch (err) {
        problems.push({ file, field: isDocs ? '(frontmatter)' : '(file)', message: yamlMessage(err) });
      }
    }
  }
  return { content, problems };
}
