import type { Element, ElementContent, Root, Text } from 'hast';
import type { Lang } from '../schemas/common.ts';
import type { PersonData } from '../schemas/index.ts';

export interface PersonLinkOptions {
  /** The people registry; a function, because the registry is read when the build starts, after the config. */
  people: () => readonly PersonData[];
  /** The link to a person's page in a language (with the site's base path). */
  href: (lang: Lang, id: string) => string;
  /**
   * A fingerprint of the registry (folderDigest). Unused here: Astro keys its cache of rendered bodies on the
   * config, so a changed fingerprint makes it render them again with the new names.
   */
  registry?: string;
}

interface Form {
  words: string[];
  person: string;
}

// Links, code and headings keep their text untouched; a name is linked in running text.
const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

/** The language of a document from its file name (`<id>.<lang>.md`). */
const langOf = (path: string | undefined): Lang | undefined => (/\.(ko|en)\.md$/.exec(path ?? '')?.[1] as Lang | undefined);

/**
 * Links the first mention of each person of the registry in a document body to the person's page — by any
 * full name or variant recorded in the document's language (`커트 캠벨`, `Kurt M. Campbell`). Only the first
 * mention, and the text is not changed: the words are wrapped in a link, nothing else.
 */
export function rehypePersonLinks(options: PersonLinkOptions) {
  let cache: { people: readonly PersonData[]; forms: Record<Lang, Map<string, Form[]>> } | undefined;
  // Forms by their first word, so finding names costs one look-up per word of text, not one scan per form
  // (5,000 people in the benchmark's registry).
  const formsFor = (lang: Lang): Map<string, Form[]> => {
    const people = options.people();
    if (cache?.people !== people) {
      const build = (l: Lang) => {
        const byFirst = new Map<string, Form[]>();
        for (const p of people) {
          for (const text of new Set([p.name[l], ...p.variants[l]])) {
            const words = text.split(/\s+/).filter(Boolean);
            if (!words.length || text.length < 2) continue;
            const list = byFirst.get(words[0]!) ?? [];
            list.push({ words, person: p.id });
            byFirst.set(words[0]!, list);
          }
        }
        // Longest first, so `Kurt M. Campbell` wins over `Kurt Campbell`-like shorter forms.
        for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
        return byFirst;
      };
      cache = { people, forms: { ko: build('ko'), en: build('en') } };
    }
    return cache.forms[lang];
  };

  return (tree: Root, file: { path?: string }) => {
    const lang = langOf(file.path);
    if (!lang) return;
    const forms = formsFor(lang);
    if (!forms.size) return;
    const linked = new Set<string>();
    const visit = (parent: Root | Element) => {
      for (let i = 0; i < parent.children.length; i++) {
        const node = parent.children[i]!;
        if (node.type === 'element') {
          if (!SKIP.has(node.tagName)) visit(node);
          continue;
        }
        if (node.type !== 'text') continue;
        const replaced = linkText(node, forms, linked, lang, options.href);
        if (replaced) {
          parent.children.splice(i, 1, ...replaced);
          i += replaced.length - 1;
        }
      }
    };
    visit(tree);
  };
}

// What may follow a name's last word: a Hangul particle (김홍균은), or punctuation; never more letters of an
// English word (Kimberly is not Kim).
function endsName(rest: string, lang: Lang): boolean {
  return lang === 'ko' ? !/^[A-Za-z0-9]/.test(rest) : !/^[\p{L}\p{N}]/u.test(rest);
}

// The forms a word may begin: the word itself, or — a Hangul name runs into its particle (김홍균은) — the word
// without up to four trailing syllables; in English, without trailing punctuation (Campbell,).
function candidatesAt(word: string, forms: Map<string, Form[]>, lang: Lang): Form[] {
  const keys = [word];
  if (lang === 'ko') for (let cut = 1; cut <= 4 && word.length - cut >= 2; cut++) keys.push(word.slice(0, -cut));
  else keys.push(word.replace(/[^\p{L}\p{N}.]+$/u, ''));
  return [...new Set(keys)].flatMap((k) => forms.get(k) ?? []);
}

function linkText(node: Text, forms: Map<string, Form[]>, linked: Set<string>, lang: Lang, href: PersonLinkOptions['href']): ElementContent[] | undefined {
  const text = node.value;
  const tokens = [...text.matchAll(/\S+/g)].map((m) => {
    // Opening punctuation before a name: (Kurt, “김홍균
    const lead = /^[^\p{L}\p{N}]*/u.exec(m[0])![0].length;
    return { word: m[0].slice(lead), start: m.index + lead };
  });
  const hits: { start: number; end: number; person: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    const list = candidatesAt(first.word, forms, lang);
    for (const form of list) {
      if (linked.has(form.person) || hits.some((h) => h.person === form.person)) continue;
      const last = form.words.length - 1;
      let ok = true;
      for (let k = 0; k <= last && ok; k++) {
        const token = tokens[i + k];
        if (!token) ok = false;
        else if (k < last) ok = token.word === form.words[k] && tokens[i + k + 1] !== undefined;
        else ok = token.word.startsWith(form.words[k]!) && endsName(token.word.slice(form.words[k]!.length), lang);
      }
      if (!ok) continue;
      const lastToken = tokens[i + last]!;
      const end = lastToken.start + form.words[last]!.length;
      if (hits.some((h) => first.start < h.end && end > h.start)) continue;
      hits.push({ start: first.start, end, person: form.person });
      break;
    }
  }
  if (!hits.length) return undefined;
  const out: ElementContent[] = [];
  let pos = 0;
  for (const h of hits) {
    linked.add(h.person);
    if (h.start > pos) out.push({ type: 'text', value: text.slice(pos, h.start) });
    out.push({
      type: 'element',
      tagName: 'a',
      properties: { href: href(lang, h.person), className: ['person-link'], dataPerson: h.person },
      children: [{ type: 'text', value: text.slice(h.start, h.end) }],
    });
    pos = h.end;
  }
  if (pos < text.length) out.push({ type: 'text', value: text.slice(pos) });
  return out;
}
