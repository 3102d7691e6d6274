import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// Raw HTML in a body is dropped, not passed through (remark-rehype's default): scraped pages carry it.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);

/** A piece of a body (one paragraph, item or table) as HTML, for views that show bodies in pieces. */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
