import type { ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { NameMatcher } from '../lib/names/matcher.ts';
import type { Lang } from '../schemas/common.ts';
import type { PersonData } from '../schemas/index.ts';

export interface PersonLinkOptions {
  /** The people registry; a function, because the registry is read when the build starts, after the config. */
  people: () => readonly PersonData[];
  /** The link to a person's page in a language (with the site's base path). */
  href: (lang: Lang, id: string) => string;
  /** The body's language; without it, the language is read from the file name (`<id>.<lang>.md`). */
  lang?: Lang;
}

// Links, code and headings keep their text untouched; a name is linked in running text.
const SKIP_TAGS = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

/** The language of a document from its file name (`<id>.<lang>.md`). */
const langOf = (path: string | undefined): Lang | undefined => /\.(ko|en)\.md$/.exec(path ?? '')?.[1] as Lang | undefined;

/**
 * Links the first mention of each person of the registry in a document body to the person's page — by any
 * full name or variant recorded in the document's language (`커트 캠벨`, `Kurt M. Campbell`), found by the
 * archive's one name matcher (the search records and the importer use it too). Only the first mention, and
 * the text is not changed: the words are wrapped in a link, nothing else.
 */
export function rehypePersonLinks(options: PersonLinkOptions) {
  let cache: { people: readonly PersonData[]; matchers: Partial<Record<Lang, NameMatcher>> } | undefined;
  const matcherFor = (lang: Lang): NameMatcher => {
    const people = options.people();
    if (cache?.people !== people) cache = { people, matchers: {} };
    return (cache.matchers[lang] ??= new NameMatcher(people, { lang }));
  };

  return (tree: Root, file: { path?: string }) => {
    const lang = options.lang ?? langOf(file.path);
    if (!lang) return;
    const matcher = matcherFor(lang);
    const linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && SKIP_TAGS.has(node.tagName)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const replaced = linkText(node, matcher, linked, (id) => options.href(lang, id));
      if (!replaced) return;
      parent.children.splice(index, 1, ...replaced);
      return index + replaced.length;
    });
  };
}

function linkText(node: Text, matcher: NameMatcher, linked: Set<string>, href: (id: string) => string): ElementContent[] | undefined {
  const text = node.value;
  const hits = matcher.spans(text).flatMap((span) => {
    const person = span.people.find((id) => !linked.has(id));
    if (!person) return [];
    linked.add(person);
    return [{ ...span, person }];
  });
  if (!hits.length) return undefined;
  const out: ElementContent[] = [];
  let pos = 0;
  for (const h of hits) {
    if (h.start > pos) out.push({ type: 'text', value: text.slice(pos, h.start) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { href: href(h.person), className: ['person-link'], dataPerson: h.person },
      children: [{ type: 'text', value: text.slice(h.start, h.end) }],
    });
    pos = h.end;
  }
  if (pos < text.length) out.push({ type: 'text', value: text.slice(pos) });
  return out;
}
