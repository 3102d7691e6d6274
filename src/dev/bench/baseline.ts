import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../tools/astro-build.ts';

/**
 * Writes a bare Astro project that builds the same Markdown documents with the same glob loader and the
 * same unified() processor options, and one page template: title and body. The project's cold build is
 * reported as a ratio to this one, so machine noise cancels.
 */
export function writeBaseline(dir: string, documentsDir: string): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), '{ "name": "bench-baseline", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';

export default defineConfig({
  outDir: process.env.ARCHIVE_OUT_DIR,
  cacheDir: process.env.ARCHIVE_CACHE_DIR,
  markdown: { processor: unified({ smartypants: false, gfm: true }) },
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  documents: defineCollection({
    loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(documentsDir)} }),
    schema: z.looseObject({ title: z.string(), lang: z.string() }),
  }),
};
`,
  );
  writeFileSync(
    join(dir, 'src/pages/[...id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const entries = await getCollection('documents');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang={entry.data.lang}>
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`,
  );
}
