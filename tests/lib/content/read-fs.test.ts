import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../../src/lib/content/check-folder-fs.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';
import { MAX_DOCUMENT_BYTES, unreadable } from '../../../src/lib/content/read-fs.ts';
import { VALID_FIXTURE } from '../../support/fixtures.ts';

function validCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'archive-links-'));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  return dir;
}

/** What `npm run check` reports, with the folder's path cut off. */
function report(dir: string): string[] {
  return checkContentFolder(dir).problems.map((p) => formatProblem({ ...p, file: relative(dir, p.file) }).replaceAll(`${dir}/`, ''));
}

describe('reading a content folder that links into itself or cannot be read (읽을 수 없는 콘텐츠 폴더)', () => {
  it('reports a link back to a folder already read, and reads everything else', () => {
    const dir = validCopy();
    symlinkSync('.', join(dir, 'documents/loop'));
    const { data, problems } = checkContentFolder(dir);
    expect(report(dir)).toEqual(['documents/loop: (folder): is a link to a folder already read (a loop): remove the link']);
    expect(problems).toHaveLength(1);
    expect(data.documents.map((d) => `${d.id}.${d.lang}`).sort()).toEqual(['2020-03-02-news.ko', '2021-07-02-release.en', '2021-07-02-release.ko']);
  });

  it('reports links that lead back to themselves or to nothing, naming each', () => {
    const dir = validCopy();
    symlinkSync('b.yaml', join(dir, 'meetings/a.yaml'));
    symlinkSync('a.yaml', join(dir, 'meetings/b.yaml'));
    symlinkSync('gone.yaml', join(dir, 'people/ghost.yaml'));
    expect(report(dir)).toEqual([
      'meetings/a.yaml: (file): is a symbolic link that leads back to itself (ELOOP): remove the link or point it at a file',
      'meetings/b.yaml: (file): is a symbolic link that leads back to itself (ELOOP): remove the link or point it at a file',
      'people/ghost.yaml: (file): is a symbolic link to nothing (its target does not exist): remove the link or restore its target',
    ]);
  });

  it('refuses a document larger than any release, naming its size, and reads one just under the limit (아주 큰 문서)', () => {
    const dir = validCopy();
    const file = join(dir, 'documents/2020-03-02-news.ko.md');
    const release = readFileSync(file, 'utf8');
    const paragraph = '양 장관은 한미동맹의 발전 방안을 논의했다. '.repeat(40) + '\n\n';
    const grow = (bytes: number) => release + paragraph.repeat(Math.ceil((bytes - release.length) / Buffer.byteLength(paragraph)));
    writeFileSync(file, grow(5 * 2 ** 20));
    expect(report(dir)).toEqual([
      'documents/2020-03-02-news.ko.md: (file): holds 5.0 MB; a document may hold at most 1 MB (the longest releases are about 60 KB): keep one release per file, and check that nothing else was pasted into it',
    ]);
    writeFileSync(file, grow(MAX_DOCUMENT_BYTES - 10_000));
    expect(report(dir)).toEqual([]);
  });

  it('says what to do about a file or folder it may not read', () => {
    expect(unreadable('EACCES')).toBe('cannot be read: permission denied (EACCES): give read access (chmod -R u+rX) or move it out of the content folder');
  });

  // The superuser reads every file whatever its mode, so this runs only as another user.
  it.skipIf(process.getuid?.() === 0)('reports an unreadable folder and reads the rest', () => {
    const dir = validCopy();
    const locked = join(dir, 'documents/locked');
    mkdirSync(locked);
    writeFileSync(join(locked, 'x.ko.md'), '---\nid: x\n---\n');
    chmodSync(locked, 0o000);
    try {
      expect(report(dir)).toEqual([
        'documents/locked: (folder): cannot be read: permission denied (EACCES): give read access (chmod -R u+rX) or move it out of the content folder',
      ]);
    } finally {
      chmodSync(locked, 0o755);
    }
  });
});
