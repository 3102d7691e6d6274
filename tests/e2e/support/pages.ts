import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { listFiles } from '../../support/files.ts';

export interface BuiltPage {
  /** Root-relative path the page is served at: `/ko/meetings/`, `/404.html`. */
  path: string;
  html: string;
}

/** Every HTML page of a built site. */
export function builtPages(dist: string): BuiltPage[] {
  return listFiles(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ path: `/${f.replace(/(^|\/)index\.html$/, '$1')}`, html: readFileSync(join(dist, f), 'utf8') }));
}

export interface Tag {
  name: string;
  attrs: Record<string, string>;
  text: string;
}

/** The elements of a page's `<head>` (or of the whole page with `where: 'all'`), with their attributes as written. */
export function tagsOf(html: string, where: 'head' | 'all' = 'head'): Tag[] {
  const tags: Tag[] = [];
  visit(fromHtml(html), 'element', (node: Element, _i, parent) => {
    if (where === 'head' && !(parent && parent.type === 'element' && parent.tagName === 'head')) return;
    const attrs = Object.fromEntries(Object.entries(node.properties ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join(' ') : String(v)]));
    tags.push({ name: node.tagName, attrs, text: toString(node) });
  });
  return tags;
}

/** `<meta property|name=key content>` values of a head. */
export const metaValues = (tags: Tag[], key: string): string[] =>
  tags.filter((t) => t.name === 'meta' && (t.attrs.property === key || t.attrs.name === key)).map((t) => t.attrs.content ?? '');
