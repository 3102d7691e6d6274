import type { Element, Root } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { raw } from 'hast-util-raw';
import { visit } from 'unist-util-visit';

/**
 * What a body may contain once its raw HTML is parsed: GitHub's rules (no script, event handlers, `style`,
 * forms, frames or embedded objects; links only to http, https, mailto and relative URLs), tightened for a
 * site whose policy allows nothing from another origin: images only from the site itself (below).
 */
export const BODY_SCHEMA: Schema = {
  ...defaultSchema,
  // Elements whose content must go with them (defaultSchema only strips script): the text of a style sheet,
  // a form's controls or an embed's fallback is not part of the record.
  strip: [
    ...(defaultSchema.strip ?? []),
    'style',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'applet',
    'form',
    'button',
    'select',
    'textarea',
    'template',
    'noscript',
  ],
};

const ELSEWHERE = /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/|\\\\)/i;

// The policy loads nothing from another origin, so an image from elsewhere would only break (or track);
// its alt text stays.
function dropForeignSources(tree: Root) {
  visit(tree, 'element', (el: Element) => {
    const { src, srcSet } = el.properties;
    if (typeof src === 'string' && ELSEWHERE.test(src)) delete el.properties.src;
    if (srcSet !== undefined) delete el.properties.srcSet;
  });
}

/**
 * Raw HTML inside a Markdown body (scraped pages carry it) is parsed and then made inert, so it can never
 * run: Astro would otherwise pass it through verbatim. Harmless markup (emphasis, tables, line breaks) and
 * every word of text outside removed elements stay. Runs before the archive's own plugins, whose ids and
 * links are trusted.
 */
export function rehypeSafeHtml() {
  return (tree: Root): Root => {
    const safe = sanitize(raw(tree), BODY_SCHEMA) as Root;
    dropForeignSources(safe);
    return safe;
  };
}
