import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content/folder-fs.ts';
import { formatReport } from '../lib/content/problems.ts';
import { checkContentFolder, type ArchiveData } from '../lib/content/validate.ts';

let checked: { dir: string; data: ArchiveData } | undefined;

/** The content this build checked, for the integrations that run after the pages (the search index). */
export function checkedContent(): ArchiveData {
  const dir = contentDir();
  if (checked?.dir !== dir) {
    const { data, problems } = checkContentFolder(dir);
    if (problems.length > 0) throw new Error(formatReport(problems));
    checked = { dir, data };
  }
  return checked.data;
}

/** Fails the build (and the dev server's start) when the content has problems, with the same report as `npm run check`. */
export function archiveChecks(): AstroIntegration {
  return {
    name: 'archive-checks',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const dir = contentDir();
        const { data, problems } = checkContentFolder(dir);
        if (problems.length > 0) {
          const error = new Error(formatReport(problems));
          error.name = 'ArchiveContentError';
          throw error;
        }
        checked = { dir, data };
        logger.info(`content checked: ${dir}`);
      },
    },
  };
}
