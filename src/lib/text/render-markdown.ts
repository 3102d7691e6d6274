import type { Root, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { markdownParser } from '../../markdown/gfm.ts';
import { rehypeSafeHtml } from '../../markdown/rehype-safe-html.ts';

// The same treatment of raw HTML as the article pages (Astro's pipeline), so both views show the same text.
const processor = markdownParser().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeSafeHtml).use(rehypeStringify);

/** A piece of a body (one paragraph, item or table) as HTML, for views that show bodies in pieces. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}

/**
 * Blocks of a body already parsed (in the whole body, as the article reads them) as HTML: the side-by-side view
 * renders each paragraph from the tree it has, instead of parsing its Markdown again.
 */
export function renderBlocks(nodes: RootContent[]): string {
  const tree = processor.runSync({ type: 'root', children: nodes } as Root);
  return processor.stringify(tree);
}
