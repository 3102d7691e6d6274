import { Archive } from '../../src/lib/model/archive.ts';
import { checkContentFolder } from '../../src/lib/content/check-folder-fs.ts';
import { CONTENT_DIR, VALID_FIXTURE } from './fixtures.ts';

export function archiveOf(dir: string): Archive {
  const { data, problems } = checkContentFolder(dir);
  if (problems.length) throw new Error(`fixture has problems: ${JSON.stringify(problems)}`);
  return new Archive(data);
}

export const realArchive = () => archiveOf(CONTENT_DIR);
export const fixtureArchive = () => archiveOf(VALID_FIXTURE);
