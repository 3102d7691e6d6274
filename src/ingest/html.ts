import type { Element, Nodes, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { normalizeSpace, type Line } from './lines.ts';

/** What a page's head says about it, where it says it. */
export interface HtmlFacts {
  /** The headline the page's Open Graph tags name. */
  ogTitle?: string;
  /** The page's <title>, often the headline and the site's name. */
  title?: string;
  url?: string;
  published?: string;
  siteName?: string;
  /** The page's other language versions (`<link rel="alternate" hreflang>`), by language. */
  alternates?: Partial<Record<'ko' | 'en', string>>;
}

// Never the document: scripts and styles, and the site's navigation, forms and widgets.
const DROP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'iframe',
  'svg',
  'canvas',
  'object',
  'embed',
  'video',
  'audio',
  'img',
  'picture',
  'map',
  'dialog',
  'head',
]);
// A site's header and footer, unless they sit inside the article (where they hold its title or byline).
const DROP_OUTSIDE_ARTICLE = new Set(['header', 'footer']);
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary', 'menu', 'menubar', 'dialog']);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'li',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'ul',
  'ol',
  'dl',
  'hr',
  'address',
  'caption',
  'header',
  'footer',
  'body',
  'html',
  'center',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

type P5Node = DefaultTreeAdapterMap['node'];
type P5Parent = DefaultTreeAdapterMap['parentNode'];
type P5Child = DefaultTreeAdapterMap['childNode'];

/** Deeper than any page's real structure (a portal page nests 20–40 elements). */
export const MAX_DEPTH = 256;

/**
 * The parsed page with nothing nested deeper than MAX_DEPTH: below that depth every element is followed by its
 * former contents instead of holding them, in the same order, so no text is lost. A page can nest thousands of
 * elements (a broken template, a hostile page), and the tree's converters and walkers recurse once per level.
 */
function bounded(root: P5Parent): P5Parent {
  const stack: [P5Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!('childNodes' in node)) continue;
    if (depth < MAX_DEPTH) {
      for (const child of node.childNodes) stack.push([child, depth + 1]);
      continue;
    }
    const flat: P5Child[] = [];
    const pending: P5Child[] = [...node.childNodes].reverse();
    while (pending.length) {
      const next = pending.pop()!;
      flat.push(next);
      if ('childNodes' in next) {
        pending.push(...[...next.childNodes].reverse());
        next.childNodes = [];
      }
    }
    for (const child of flat) child.parentNode = node;
    node.childNodes = flat;
  }
  return root;
}

/** The text lines of an HTML page with what its markup says (headings, list items, table rows), and its head's facts. */
export function htmlLines(html: string): { lines: Line[]; facts: HtmlFacts } {
  const tree = fromParse5(bounded(parse(html))) as Root;
  const facts = headFacts(tree);
  const lines: Line[] = [];
  let buffer = '';
  // The hint of the heading or list item being read: it goes to the first line of text inside it.
  let pending: Line['hint'];
  const flush = () => {
    const text = normalizeSpace(buffer);
    if (text) {
      lines.push({ text, n: lines.length + 1, ...(pending ? { hint: pending } : {}) });
      pending = undefined;
    }
    buffer = '';
  };
  const walk = (node: Nodes, inArticle: boolean, parent?: Nodes) => {
    if (node.type === 'text') {
      buffer += node.value;
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const tag = node.tagName;
      if (DROP.has(tag) || dropped(node) || (DROP_OUTSIDE_ARTICLE.has(tag) && !inArticle && siteWide(node, parent))) return;
      if (tag === 'br') {
        flush();
        return;
      }
      if (tag === 'tr') {
        flush();
        const cells = node.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
        const texts = cells.map((c) => normalizeSpace(textOf(c)));
        if (texts.some(Boolean)) lines.push({ text: texts.join(' | '), n: lines.length + 1, hint: 'row', cells: texts });
        return;
      }
      if (BLOCK.has(tag)) {
        flush();
        if (/^h[1-6]$/.test(tag)) pending = 'heading';
        else if (tag === 'li') pending = 'item';
        const inner = inArticle || tag === 'article' || tag === 'main';
        for (const child of node.children) walk(child, inner, node);
        flush();
        pending = undefined;
        return;
      }
    }
    for (const child of node.children) walk(child, inArticle, node);
  };
  walk(tree, false);
  flush();
  return { lines, facts };
}

/**
 * A header or footer of the whole site (a child of <body>, or holding the site's navigation), not one of the
 * content's: news sites put the headline in a <header> of their own inside the content.
 */
function siteWide(el: Element, parent?: Nodes): boolean {
  if (!parent || parent.type === 'root' || (parent.type === 'element' && (parent.tagName === 'body' || parent.tagName === 'html'))) return true;
  if (el.tagName === 'footer') return true;
  const hasNav = (n: Nodes): boolean => n.type === 'element' && (n.tagName === 'nav' || n.tagName === 'form' || n.children.some(hasNav));
  return (
    hasNav(el) ||
    !el.children.some(function heading(n: Nodes): boolean {
      return n.type === 'element' && (/^h[1-3]$/.test(n.tagName) || n.children.some(heading));
    })
  );
}

function dropped(el: Element): boolean {
  const p = el.properties ?? {};
  if (p.hidden !== undefined && p.hidden !== false) return true;
  if (String(p.ariaHidden ?? '') === 'true') return true;
  return DROP_ROLES.has(String(p.role ?? ''));
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && (DROP.has(node.tagName) || dropped(node))) return '';
  if (node.type === 'element' && node.tagName === 'br') return ' ';
  return 'children' in node ? node.children.map(textOf).join(node.type === 'element' && BLOCK.has(node.tagName) ? ' ' : '') : '';
}

function headFacts(tree: Root): HtmlFacts {
  const facts: HtmlFacts = {};
  const visit = (node: Nodes) => {
    if (node.type === 'element') {
      const p = node.properties ?? {};
      if (node.tagName === 'title' && !facts.title) facts.title = normalizeSpace(textOf({ ...node, tagName: 'span' }));
      if (node.tagName === 'meta') {
        const key = String(p.property ?? p.name ?? '');
        const content = normalizeSpace(String(p.content ?? ''));
        if (content) {
          if (key === 'og:title') facts.ogTitle = content;
          if (key === 'og:url' && /^https?:\/\//.test(content)) facts.url = content;
          if (key === 'og:site_name') facts.siteName = content;
          if (key === 'article:published_time') facts.published = content;
        }
      }
      const href = String(p.href ?? '');
      const rel = String(p.rel ?? '');
      if (node.tagName === 'link' && rel.includes('canonical') && /^https?:\/\//.test(href)) facts.url ??= href;
      const hreflang = String(p.hrefLang ?? '')
        .toLowerCase()
        .slice(0, 2);
      if (node.tagName === 'link' && rel.includes('alternate') && (hreflang === 'ko' || hreflang === 'en') && /^https?:\/\//.test(href)) {
        facts.alternates = { ...facts.alternates, [hreflang]: href };
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return facts;
}
