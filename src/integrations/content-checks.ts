import type { AstroIntegrationLogger } from 'astro';
import { contentDir } from '../lib/content/folder-fs.ts';
import { formatReport } from '../lib/content/problems.ts';
import { checkContentFolder } from '../lib/content/check-folder-fs.ts';
import type { ArchiveData } from '../lib/model/archive.ts';

/**
 * Reads and checks the content folder, failing the build (and the dev server's start) when it has problems,
 * with the same report as `npm run check`.
 */
export function checkContent(logger: AstroIntegrationLogger): ArchiveData {
  const dir = contentDir();
  const { data, problems } = checkContentFolder(dir);
  if (problems.length > 0) {
    const error = new Error(formatReport(problems));
    error.name = 'ArchiveContentError';
    throw error;
  }
  logger.info(`content checked: ${dir}`);
  return data;
}
