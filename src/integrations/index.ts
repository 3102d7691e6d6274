import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { handOverContent, handOverPageKeys, handOverSite } from '../astro/archive.ts';
import { startPageKeys } from './page-keys.ts';
import type { ArchiveData } from '../lib/model/archive.ts';
import { takeBuildLock } from './build-lock.ts';
import { checkContent, stopWith, watchContent } from './content-checks.ts';
import { builtFiles, fileClock, keepOutput, pruneOutput, publishOutput, sameSitemap, sitemapKey } from './output-in-place.ts';
import { outputFolders, recoverOutput, type OutputFolders } from './output-swap.ts';
import { outDirProblem, spareCopyWanted } from '../lib/build/out-dir.ts';
import { shardSize } from '../lib/search/shards.ts';
import { startSearchIndex } from './search-index.ts';
import { writeHeadersFile } from './security-headers.ts';
import { archiveSitemap, type SitemapInput } from './sitemap.ts';

/**
 * The archive as one Astro integration: it reads and checks the content when the build (or the development
 * server) starts and hands it to the pages, adds the sitemap, builds the search index beside the pages and
 * writes `_headers` after them, all in a folder beside the output folder that takes its place once complete. The
 * content read by the check is the content every later step uses.
 *
 * Nothing read from the content goes into Astro's configuration: its incremental build drops every cached page
 * when the configuration changes, so what a page shows is carried by that page's cache key instead
 * (src/lib/build/routes.ts).
 */
export function archive(): AstroIntegration {
  let content: ArchiveData | undefined;
  let base = '/';
  let cacheDir: URL | undefined;
  let root: URL | undefined;
  // Whether the last build's output is kept in place (src/integrations/output-in-place.ts), and since when.
  let kept = false;
  let started = 0;
  let command = 'build';
  let folders: OutputFolders | undefined;
  let builtList: string[] = [];
  let sitemapInput: SitemapInput | undefined;
  let sitemapInputs = '';
  let searchIndex: ReturnType<typeof startSearchIndex> | undefined;
  const checked = (): ArchiveData => {
    if (!content) throw new Error('the archive integration has not checked the content yet (astro:config:setup)');
    return content;
  };
  return {
    name: 'archive',
    hooks: {
      'astro:config:setup': ({ config, command: running, logger, updateConfig }) => {
        command = running;
        const outDir = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
        const cache = fileURLToPath(config.cacheDir);
        if (command === 'build') {
          mkdirSync(cache, { recursive: true });
          // One build at a time per cache folder: a second one stops here, before it reads or writes anything.
          const lock = takeBuildLock(cache, outDir);
          if (!lock.ok) stopWith(lock.message);
          // The build works beside the output folder (a link to it: beside the folder it points to).
          folders = outputFolders(existsSync(outDir) ? realpathSync(outDir) : outDir);
          const problem = outDirProblem(folders.building, fileURLToPath(config.root));
          if (problem) stopWith(`ARCHIVE_OUT_DIR: the build works in ${folders.building} beside the output folder, and ${problem}`);
          recoverOutput(folders);
        }
        // A wrong ARCHIVE_SEARCH_SHARD_SIZE or ARCHIVE_SPARE_COPY stops the build here, before anything is made with it.
        try {
          shardSize('ko');
          spareCopyWanted();
        } catch (err) {
          stopWith((err as Error).message);
        }
        content = checkContent(logger);
        handOverContent(content);
        kept = !!folders && keepOutput(folders.building, cache);
        if (command === 'build') started = fileClock(cache);
        updateConfig({
          ...(folders ? { outDir: pathToFileURL(`${folders.building}/`) } : {}),
          integrations: [
            archiveSitemap(String(config.site), config.base, () => {
              if (!sitemapInput) throw new Error('the sitemap runs after the archive integration has listed the pages');
              return sitemapInput;
            }),
            // Last of all: the complete site takes the output folder's place.
            {
              name: 'archive-publish',
              hooks: {
                'astro:build:done': ({ logger: publishLogger }: { logger: AstroIntegrationLogger }) => {
                  const counts = publishOutput(folders!, fileURLToPath(cacheDir!), builtList, sitemapInputs, kept, spareCopyWanted());
                  publishLogger.info(`pages and files: ${counts.written} written, ${counts.kept} unchanged and left in place`);
                  publishLogger.info(
                    !counts.swapped
                      ? `the site is in ${folders!.published}, copied there file by file (it could not be renamed into place)`
                      : existsSync(folders!.building)
                        ? `the site is in ${folders!.published} (${folders!.building} holds a copy for the next build to work in)`
                        : `the site is in ${folders!.published}`,
                  );
                },
              },
            },
          ],
          ...(kept ? { vite: { build: { emptyOutDir: false } } } : {}),
        });
        if (kept) logger.info('the last build’s output is kept in place: unchanged pages stay, the rest is written');
      },
      'astro:config:done': ({ config, logger }) => {
        base = config.base;
        handOverSite({ site: config.site, base: config.base });
        // Every page's cache key, on another thread while Vite bundles the pages (not needed in dev).
        if (command === 'build') handOverPageKeys(startPageKeys(checked(), { site: config.site, base: config.base }, config.root, config.cacheDir));
        cacheDir = config.cacheDir;
        root = config.root;
        // The search index is made from the archive's data, not from the rendered pages: a thread of its own (and
        // Pagefind, a process of its own) indexes from here on, while Vite bundles and Astro renders, or the last
        // index is reused. Started before the bundling, not after: after an edit it is the longest task of a build.
        if (command === 'build') searchIndex = startSearchIndex(checked(), base, root, cacheDir, logger);
        sitemapInputs = sitemapKey(fileURLToPath(config.root), String(config.site), config.base);
      },
      'astro:server:setup': ({ server, logger }) => {
        watchContent(server, logger, (data) => {
          content = data;
          handOverContent(data);
        });
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = builtFiles(outDir, assets);
        const unchanged = kept && sameSitemap(outDir, fileURLToPath(cacheDir!), files, sitemapInputs);
        sitemapInput = { files: new Set(files), unchanged };
        if (kept) {
          const removed = pruneOutput(outDir, fileURLToPath(cacheDir!), files, started);
          if (removed) logger.info(`removed ${removed} files the last build wrote and this one did not`);
          // The sitemap is written after this hook, in as many parts as it needs now.
          if (!unchanged) for (const name of readdirSync(outDir)) if (/^sitemap-\d+\.xml$/.test(name)) rmSync(join(outDir, name));
        }
        await searchIndex!.writeTo(dir, kept);
        writeHeadersFile(dir, base);
        builtList = files;
      },
    },
  };
}
