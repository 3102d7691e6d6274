import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { List, ListItem, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { toString as hastToString } from 'hast-util-to-string';
import remarkRehype from 'remark-rehype';
import { visit } from 'unist-util-visit';
import { collapseSpace } from './whitespace.ts';
import { markdownParser } from '../../markdown/gfm.ts';
import { rehypeSafeHtml } from '../../markdown/rehype-safe-html.ts';

/** Text normalised for comparison: no-break spaces become spaces, runs of white space one space. */

function listLines(list: List): string[] {
  const start = list.start ?? 1;
  // A numbered paragraph is printed with its number, so its text keeps it; a sub-item is a line of its own.
  return list.children.flatMap((item: ListItem, i) => {
    const own = item.children.filter((c) => c.type !== 'list');
    const line = collapseSpace(`${list.ordered ? `${start + i}. ` : ''}${own.map((c) => toString(c)).join(' ')}`);
    return [line, ...item.children.flatMap((c) => (c.type === 'list' ? listLines(c) : []))];
  });
}

const tableLines = (table: Table): string[] => table.children.map((row) => collapseSpace(row.children.map((cell) => toString(cell)).join(' ')));

function blockLines(node: RootContent): string[] {
  if (node.type === 'list') return listLines(node);
  if (node.type === 'table') return tableLines(node);
  if (node.type === 'blockquote') return node.children.flatMap(blockLines);
  return [collapseSpace(toString(node))];
}

// Raw HTML is shown as the pages show it: parsed and sanitized (scripts, styles and hidden markup gone).
const toSafeHast = markdownParser().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeSafeHtml);
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'pre', 'dt', 'dd', 'figcaption', 'caption']);

function hastLines(nodes: ElementContent[], out: string[], ordered?: { next: number }): void {
  let inline = '';
  const flush = () => {
    if (collapseSpace(inline)) out.push(collapseSpace(inline));
    inline = '';
  };
  for (const node of nodes) {
    if (node.type === 'text') inline += node.value;
    else if (node.type !== 'element') continue;
    else if (BLOCKS.has(node.tagName)) {
      flush();
      blockOf(node, out, node.tagName === 'li' && ordered ? ordered.next++ : undefined);
    } else if (node.tagName === 'ol') {
      flush();
      hastLines(node.children, out, { next: Number(node.properties.start ?? 1) });
    } else if (['ul', 'table', 'thead', 'tbody', 'tfoot', 'div', 'section', 'article', 'blockquote', 'dl', 'figure', 'details'].includes(node.tagName)) {
      flush();
      hastLines(node.children, out);
    } else inline += hastToString(node);
  }
  flush();
}

function blockOf(el: Element, out: string[], number?: number): void {
  if (el.tagName === 'tr') {
    out.push(collapseSpace(el.children.map((c) => (c.type === 'element' ? hastToString(c) : '')).join(' ')));
    return;
  }
  const nested = el.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol'));
  const own = el.children.filter((c) => !nested.includes(c as Element));
  let line = collapseSpace(own.map((c) => (c.type === 'element' || c.type === 'text' ? hastToString(c) : '')).join(''));
  if (number !== undefined) line = `${number}. ${line}`;
  if (line) out.push(line);
  for (const list of nested) hastLines(list.children, out, list.tagName === 'ol' ? { next: Number(list.properties.start ?? 1) } : undefined);
}

/**
 * The lines a reader sees in a Markdown body: one per paragraph, heading, list item (numbered ones with their
 * number) and table row, with the characters as the page shows them (escapes resolved, raw HTML as sanitized).
 */
export function markdownLines(markdown: string): string[] {
  const tree = markdownParser.parse(markdown) as Root;
  let html = false;
  visit(tree, 'html', () => {
    html = true;
  });
  if (!html) return tree.children.flatMap(blockLines).filter(Boolean);
  // Rare: the full page pipeline, so the text is the text the page shows and nothing a sanitizer removes.
  const hast = toSafeHast.runSync(tree) as HastRoot;
  const out: string[] = [];
  hastLines(hast.children as ElementContent[], out);
  return out;
}

/** The plain text of a document body, as the reader sees it (for the search index): one line per block. */
export function markdownText(markdown: string): string {
  return markdownLines(markdown).join('\n');
}
