import { REGISTRIES } from '../../src/lib/content/read-fs.ts';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Saved pages the importer is tested on: the archive's five raw seed pages, and pages in the shapes of the sources. */
export const PAGES_DIR = join(ROOT, 'tests/fixtures/pages');
/** The five raw pages the archive was built from, as scraped (site chrome and all). */
export const SEEDS_DIR = join(PAGES_DIR, 'seeds');
export const CONTENT_DIR = join(ROOT, 'content');
export const VALID_FIXTURE = join(ROOT, 'tests/fixtures/content/valid');
export const BROKEN_FIXTURES = join(ROOT, 'tests/fixtures/content/broken');

/** A temporary content folder: the valid fixture with one broken case's files laid over it. */
export function brokenContent(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `archive-${name}-`));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  cpSync(join(BROKEN_FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** A temporary content folder: the valid fixture plus a document in both languages full of scripts, handlers and frames. */
export function hostileContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'archive-hostile-'));
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures/content/hostile'), dir, { recursive: true });
  return dir;
}

/** A temporary content folder holding this archive's registries only (people, countries, topics, offices), for imports. */
export function registriesOnly(prefix = 'archive-import-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const r of REGISTRIES) cpSync(join(CONTENT_DIR, r), join(dir, r), { recursive: true });
  mkdirSync(join(dir, 'documents'));
  mkdirSync(join(dir, 'meetings'));
  return dir;
}
