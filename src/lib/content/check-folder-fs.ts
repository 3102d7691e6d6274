// Checking a content folder on disk: reading it (read-fs), validating what was read (validate), and the checks
// only the files can answer (a kept capture is there, byte for byte).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArchiveData } from '../model/archive.ts';
import type { Problem } from './problems.ts';
import { readContent, type RawRecord } from './read-fs.ts';
import { validateContent } from './validate.ts';

/** Reads and checks a whole content folder. */
export function checkContentFolder(contentDir: string): { data: ArchiveData; problems: Problem[] } {
  const { content, problems: readProblems } = readContent(contentDir);
  const { data, problems } = validateContent(content);
  return { data, problems: [...readProblems, ...problems, ...captureProblems(contentDir, content.documents)] };
}

/** A kept capture is evidence: it must be where the document says, byte for byte as saved. */
function captureProblems(contentDir: string, documents: readonly RawRecord[]): Problem[] {
  const problems: Problem[] = [];
  for (const { file, data } of documents) {
    const capture = (data as { source?: { capture?: { file?: unknown; sha256?: unknown } } } | null)?.source?.capture;
    if (typeof capture?.file !== 'string' || typeof capture.sha256 !== 'string' || !/^captures\//.test(capture.file)) continue;
    const path = join(contentDir, capture.file);
    if (!existsSync(path)) {
      problems.push({ file, field: 'source.capture.file', message: `${capture.file} is not in the content folder: restore the saved page there, or remove source.capture` });
      continue;
    }
    const actual = createHash('sha256').update(readFileSync(path)).digest('hex');
    if (actual !== capture.sha256) {
      problems.push({ file, field: 'source.capture.sha256', message: `${capture.file} has SHA-256 ${actual}, not the one recorded: a capture is kept as saved; restore the saved page` });
    }
  }
  return problems;
}
