import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { List, ListItem, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { toString as hastToString } from 'hast-util-to-string';
import remarkRehype from 'remark-rehype';
import { visit } from 'unist-util-visit';
import { collapseSpace } from './whitespace.ts';
import { markdownParser } from '../../markdown/gfm.ts';
import { rehypeParagraphAnchors } from '../../markdown/rehype-paragraph-anchors.ts';
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

/** A block of a body as the search sees it: its lines, and the anchor the article page gives it (`p3`), if any. */
export interface TextBlock {
  anchor?: string;
  lines: string[];
}

const ANCHORED_HEADINGS = new Set([2, 3, 4]);

/** The blocks of a parsed body, numbered as rehypeParagraphAnchors numbers the rendered page's. */
function mdastBlocks(tree: Root): TextBlock[] {
  const blocks: TextBlock[] = [];
  let n = 0;
  for (const node of tree.children) {
    if (node.type === 'list') {
      const start = node.start ?? 1;
      let number = node.ordered && start > n ? start : n + 1;
      node.children.forEach((item, i) => {
        const own = item.children.filter((c) => c.type !== 'list');
        const line = collapseSpace(`${node.ordered ? `${start + i}. ` : ''}${own.map((c) => toString(c)).join(' ')}`);
        const nested = item.children.flatMap((c) => (c.type === 'list' ? listLines(c) : []));
        blocks.push({ anchor: `p${number}`, lines: [line, ...nested].filter(Boolean) });
        n = Math.max(n, number++);
      });
    } else if (
      node.type === 'paragraph' ||
      node.type === 'table' ||
      node.type === 'blockquote' ||
      (node.type === 'heading' && ANCHORED_HEADINGS.has(node.depth))
    ) {
      n += 1;
      blocks.push({ anchor: `p${n}`, lines: blockLines(node).filter(Boolean) });
    } else {
      blocks.push({ lines: blockLines(node).filter(Boolean) });
    }
  }
  return blocks;
}

const ANCHORED = new Set(['p', 'h2', 'h3', 'h4', 'table', 'blockquote']);
const idOf = (el: Element): string | undefined => (typeof el.properties.id === 'string' ? el.properties.id : undefined);

/** The blocks of a sanitized body tree, with the ids rehypeParagraphAnchors gives (or leaves) on the page. */
function hastBlocks(hast: HastRoot): TextBlock[] {
  rehypeParagraphAnchors()(hast);
  const blocks: TextBlock[] = [];
  let loose: ElementContent[] = [];
  const flush = () => {
    const lines: string[] = [];
    hastLines(loose, lines);
    if (lines.length) blocks.push({ lines });
    loose = [];
  };
  for (const node of hast.children as ElementContent[]) {
    if (node.type === 'element' && (node.tagName === 'ol' || node.tagName === 'ul')) {
      flush();
      let next = Number(node.properties.start ?? 1);
      for (const li of node.children) {
        if (li.type !== 'element' || li.tagName !== 'li') continue;
        const lines: string[] = [];
        blockOf(li, lines, node.tagName === 'ol' ? next++ : undefined);
        blocks.push({ anchor: idOf(li), lines });
      }
    } else if (node.type === 'element' && ANCHORED.has(node.tagName)) {
      flush();
      const lines: string[] = [];
      hastLines([node], lines);
      blocks.push({ anchor: idOf(node), lines });
    } else loose.push(node);
  }
  flush();
  return blocks;
}

/**
 * The blocks a reader sees in a Markdown body, each with the anchor of the article page's paragraph it is
 * (for search results that land on the paragraph), its lines as markdownLines gives them.
 */
export function markdownBlocks(markdown: string): TextBlock[] {
  const tree = markdownParser.parse(markdown) as Root;
  let html = false;
  visit(tree, 'html', () => {
    html = true;
  });
  if (!html) return mdastBlocks(tree);
  // Rare: the full page pipeline, so the text is the text the page shows and nothing a sanitizer removes.
  return hastBlocks(toSafeHast.runSync(tree) as HastRoot);
}

/**
 * The lines a reader sees in a Markdown body: one per paragraph, heading, list item (numbered ones with their
 * number) and table row, with the characters as the page shows them (escapes resolved, raw HTML as sanitized).
 */
export function markdownLines(markdown: string): string[] {
  return markdownBlocks(markdown).flatMap((b) => b.lines);
}

/** The plain text of a document body, as the reader sees it (for the search index): one line per block. */
export function markdownText(markdown: string): string {
  return markdownLines(markdown).join('\n');
}
