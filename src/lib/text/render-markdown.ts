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
