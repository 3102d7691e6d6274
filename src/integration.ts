import type { AstroIntegration } from 'astro';
import { contentDir } from './lib/content/folder.ts';
import { formatReport } from './lib/content/problems.ts';
import { checkContentFolder } from './lib/content/validate.ts';

/** Fails the build (and the dev server's start) when the content has problems, with the same report as `npm run check`. */
export function archiveChecks(): AstroIntegration {
  return {
    name: 'archive-checks',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const dir = contentDir();
        const { problems } = checkContentFolder(dir);
        if (problems.length > 0) {
          const error = new Error(formatReport(problems));
          error.name = 'ArchiveContentError';
          throw error;
        }
        logger.info(`content checked: ${dir}`);
      },
    },
  };
}
