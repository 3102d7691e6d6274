/**
 * How an article page renders a document body: the archive's Markdown reading (gfm.ts), raw HTML made inert
 * first, paragraph anchors, heading ids (as Astro gives them), and the first mention of each person linked to
 * their page. The people registry is an argument of the renderer, not part of any configuration: a page
 * that renders a body carries the registry entries its links depend on in its cache key instead
 * (NameMatcher.dependencies), so a changed name re-renders only the bodies that print it.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import type { Lang } from '../schemas/common.ts';
import type { PersonData } from '../schemas/index.ts';
import { markdownParser } from './gfm.ts';
import { rehypeParagraphAnchors } from './rehype-paragraph-anchors.ts';
import { rehypePersonLinks } from './rehype-person-links.ts';
import { rehypeSafeHtml } from './rehype-safe-html.ts';

export interface BodyRendererOptions {
  lang: Lang;
  people: readonly PersonData[];
  /** The link to a person's page (with the site's base path). */
  href: (lang: Lang, id: string) => string;
}

/** A renderer of document bodies in one language, Markdown to HTML. */
export function bodyRenderer({ lang, people, href }: BodyRendererOptions): (markdown: string) => string {
  const processor = markdownParser()
    .use(remarkRehype, { allowDangerousHtml: true })
    // First: raw HTML from scraped pages is parsed and made inert before anything else sees the tree.
    .use(rehypeSafeHtml)
    .use(rehypeParagraphAnchors)
    .use(rehypeHeadingIds)
    .use(rehypePersonLinks, { lang, people: () => people, href })
    .use(rehypeStringify)
    .freeze();
  return (markdown) => String(processor.processSync(markdown));
}
