import { readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import yaml from 'js-yaml';
import { decodeContent } from './encoding.ts';
import { walkFiles } from './walk-fs.ts';
import type { Problem } from './problems.ts';

/** The record folders under the content folder and the files each holds. */
export const COLLECTIONS = {
  documents: { folder: 'documents', pattern: '**/*.md' },
  meetings: { folder: 'meetings', pattern: '**/*.{yaml,yml}' },
  people: { folder: 'people', pattern: '**/*.{yaml,yml}' },
  countries: { folder: 'countries', pattern: '**/*.{yaml,yml}' },
  topics: { folder: 'topics', pattern: '**/*.{yaml,yml}' },
  offices: { folder: 'offices', pattern: '**/*.{yaml,yml}' },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
/** The registries documents and meetings refer to: what an import into a new archive needs beside them. */
export const REGISTRIES = ['people', 'countries', 'topics', 'offices'] as const satisfies readonly CollectionName[];

export interface RawRecord {
  /** The file as the user names it (relative to the working directory when possible). */
  file: string;
  data: unknown;
  /** Markdown body, for documents. */
  body?: string;
  /**
   * The file could not be read or parsed (its problem is reported already): its record still exists, under the
   * id its file name gives, so that references to it do not each add a misleading "unknown … add it" problem.
   */
  unread?: true;
}

export type RawContent = Record<CollectionName, RawRecord[]>;

/** What went wrong reading a path (its error code, or LOOP: a folder reached again), in the user's terms, with the fix. */
export function unreadable(code: string): string {
  switch (code) {
    case 'LOOP':
      return 'is a link to a folder already read (a loop): remove the link';
    case 'ELOOP':
      return 'is a symbolic link that leads back to itself (ELOOP): remove the link or point it at a file';
    case 'ENOENT':
      return 'is a symbolic link to nothing (its target does not exist): remove the link or restore its target';
    case 'EACCES':
    case 'EPERM':
      return `cannot be read: permission denied (${code}): give read access (chmod -R u+rX) or move it out of the content folder`;
    default:
      return `cannot be read (${code})`;
  }
}

/**
 * The most a document's file may hold. The longest releases (joint statements of summits) run to about 60 KB;
 * a file twenty times that is not one release, and would make an article page and a side-by-side page of
 * megabytes each (a 5 MB body built into 5.3 and 6.7 MB pages).
 */
export const MAX_DOCUMENT_BYTES = 2 ** 20;

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
  const content = { documents: [], meetings: [], people: [], countries: [], topics: [], offices: [] } as RawContent;
  try {
    if (!statSync(root).isDirectory()) throw new Error('not a folder');
  } catch {
    problems.push({ file: displayPath(root), field: '(folder)', message: 'the content folder does not exist: set ARCHIVE_CONTENT_DIR to a folder holding documents/, meetings/, people/, countries/ and topics/' });
    return { content, problems };
  }
  for (const [name, { folder }] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const isDocs = name === 'documents';
    const dir = join(root, folder);
    const { files, unlisted } = walkFiles(dir, (entry) => entry.startsWith('.') || entry.startsWith('_'));
    for (const u of unlisted) {
      // A record folder that is not there holds no records; anything else is the user's to fix.
      if (u.path !== dir || u.code !== 'ENOENT') problems.push({ file: displayPath(u.path), field: `(${u.kind})`, message: unreadable(u.code) });
    }
    const extensions = isDocs ? ['.md'] : ['.yaml', '.yml'];
    for (const path of files.filter((f) => extensions.some((ext) => f.endsWith(ext)))) {
      const file = displayPath(path);
      // A file that cannot be read as a record: its problem, and its record kept as unread (see RawRecord).
      const refuse = (field: string, message: string) => {
        problems.push({ file, field, message });
        content[name].push({ file, data: undefined, unread: true });
      };
      let bytes: Buffer;
      try {
        bytes = readFileSync(path);
      } catch (err) {
        refuse('(file)', unreadable((err as NodeJS.ErrnoException).code ?? 'ERROR'));
        continue;
      }
      if (isDocs && bytes.length > MAX_DOCUMENT_BYTES) {
        const mb = (bytes.length / 2 ** 20).toFixed(1);
        refuse(
          '(file)',
          `holds ${mb} MB; a document may hold at most 1 MB (the longest releases are about 60 KB): keep one release per file, and check that nothing else was pasted into it`,
        );
        continue;
      }
      const decoded = decodeContent(bytes, file);
      if (!decoded.ok) {
        refuse('(encoding)', decoded.message);
        continue;
      }
      const text = decoded.text;
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
        refuse(isDocs ? '(frontmatter)' : '(file)', yamlMessage(err));
      }
    }
  }
  return { content, problems };
}
