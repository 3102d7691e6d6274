/**
 * Stage 6 of an import: entries → files. All of a page's files are written together or not at all: each goes
 * to a temporary file beside its target, and only when every one is written are they renamed into place. An
 * existing file is never replaced without `force`.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import type { DocumentEntry, MeetingEntry, PersonEntry } from './entries.ts';
import { IMPORT_MESSAGES, type ImportMessages } from './messages.ts';

export interface OutFile {
  /** Relative to the content folder, e.g. `documents/2024-06-01-mofa-kr-us-vice-ministers.ko.md`. */
  path: string;
  /** Text, or the bytes of a saved page kept as it was. */
  text: string | Uint8Array;
}

const yaml = (data: unknown) => stringify(data, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });

export function documentFile(d: DocumentEntry): OutFile {
  return { path: d.path, text: `---\n${yaml(d.data)}---\n\n${d.body}\n` };
}

export function meetingFile(m: MeetingEntry): OutFile {
  return { path: m.path, text: yaml(m.data) };
}

export function personFile(p: PersonEntry): OutFile {
  return { path: p.path, text: yaml(p.data) };
}

/** Writes the files into the content folder atomically, all or none; returns an error message instead of throwing. */
export function writeFiles(
  contentDir: string,
  files: readonly OutFile[],
  force: boolean,
  t: ImportMessages = IMPORT_MESSAGES.en,
): { ok: true } | { ok: false; exists?: boolean; why: string } {
  const existing = files.filter((f) => existsSync(join(contentDir, f.path)));
  if (existing.length && !force) {
    return { ok: false, exists: true, why: t.exists(existing.map((f) => f.path).join(', '), existing.length > 1) };
  }
  const temps: string[] = [];
  try {
    for (const f of files) {
      const target = join(contentDir, f.path);
      mkdirSync(dirname(target), { recursive: true });
      const temp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      temps.push(temp);
      writeFileSync(temp, f.text, { flag: 'wx' });
    }
    files.forEach((f, i) => renameSync(temps[i]!, join(contentDir, f.path)));
    return { ok: true };
  } catch (err) {
    for (const t of temps) rmSync(t, { force: true });
    return { ok: false, why: t.cannotWrite((err as Error).message) };
  }
}
