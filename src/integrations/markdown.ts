import { unified } from '@astrojs/markdown-remark';
import { join } from 'node:path';
import { contentDir, folderDigest } from '../lib/content/folder-fs.ts';
import { paths, withBase } from '../lib/model/urls.ts';
import type { PersonData } from '../schemas/index.ts';
import { remarkArchiveGfm } from '../markdown/gfm.ts';
import { rehypeParagraphAnchors } from '../markdown/rehype-paragraph-anchors.ts';
import { rehypePersonLinks } from '../markdown/rehype-person-links.ts';
import { rehypeSafeHtml } from '../markdown/rehype-safe-html.ts';

/** How the archive renders a body: the one Markdown processor of the build, with the archive's plugins. */
export function markdownProcessor(base: string, people: () => readonly PersonData[]) {
  return unified({
    // Bodies are verbatim records: no smart quotes or dashes may rewrite them.
    smartypants: false,
    // GFM with the archive's options (a single `~` is text), the same as every other view of a body.
    gfm: false,
    remarkPlugins: [[...remarkArchiveGfm]],
    rehypePlugins: [
      // First: raw HTML from scraped pages is parsed and made inert before anything else sees the tree.
      rehypeSafeHtml,
      rehypeParagraphAnchors,
      // The registry's fingerprint is part of the options, so that Astro's cache of rendered bodies is dropped
      // when a name changes; names link to the people pages.
      [
        rehypePersonLinks,
        { registry: folderDigest(join(contentDir(), 'people')), people, href: (lang: 'ko' | 'en', id: string) => withBase(base, paths.person(lang, id)) },
      ],
    ],
  });
}
