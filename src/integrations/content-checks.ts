import { resolve, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { contentDir } from '../lib/content/folder-fs.ts';
import { formatReport } from '../lib/content/problems.ts';
import { checkContentFolder } from '../lib/content/check-folder-fs.ts';
import type { ArchiveData } from '../lib/model/archive.ts';

/**
 * Stops the build (or the dev server's start) before anything is written, with this message alone: thrown from a
 * hook, it would come wrapped in Astro's "unhandled error" line, a stack trace and hints about browser APIs.
 */
export function stopWith(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/**
 * Reads and checks the content folder, failing the build (and the dev server's start) when it has problems,
 * with the report `npm run check` gives, word for word.
 */
export function checkContent(logger: AstroIntegrationLogger): ArchiveData {
  const dir = contentDir();
  const { data, problems } = checkContentFolder(dir);
  if (problems.length > 0) stopWith(formatReport(problems));
  logger.info(`content checked: ${dir}`);
  return data;
}

interface DevServer {
  watcher: { add(path: string): unknown; on(event: 'all', listener: (event: string, path: string) => void): unknown };
  ws: { send(payload: { type: 'full-reload' }): void };
  environments: Record<string, { hot: { send(event: string, data: object): void } } | undefined>;
}

/**
 * In the development server, checks the content again after every change under the content folder: checked
 * content replaces what the pages read and the browser reloads; content with problems is reported and the
 * pages keep the last good content.
 */
export function watchContent(server: DevServer, logger: AstroIntegrationLogger, accept: (data: ArchiveData) => void): void {
  const dir = resolve(contentDir());
  let timer: ReturnType<typeof setTimeout> | undefined;
  server.watcher.add(dir);
  server.watcher.on('all', (_event, path) => {
    if (path !== dir && !resolve(path).startsWith(dir + sep)) return;
    clearTimeout(timer);
    // An editor's save or a `git checkout` touches many files at once: check once they are all written.
    timer = setTimeout(() => {
      const { data, problems } = checkContentFolder(dir);
      if (problems.length > 0) {
        logger.error(formatReport(problems));
        return;
      }
      accept(data);
      logger.info('content checked again: reloading');
      // Astro keeps each route's getStaticPaths in a cache that its own content layer clears with this event on
      // the server environments; the archive's content is not in Astro's content layer, so it sends it itself.
      for (const name of ['ssr', 'prerender']) server.environments[name]?.hot.send('astro:content-changed', {});
      server.ws.send({ type: 'full-reload' });
    }, 150);
  });
}
