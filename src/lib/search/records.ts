import type { Lang } from '../../schemas/index.ts';
import type { Archive, DocumentVersion } from '../model/archive.ts';
import { meetingTitle, placeLabel } from '../model/meetings.ts';
import { markdownBlocks } from '../text/markdown-text.ts';
import { paths, withBase } from '../model/urls.ts';
import { koreanTerms } from './korean.ts';
import { NameMatcher } from '../names/matcher.ts';
import { countryNameForms, personNameForms } from '../names/forms.ts';

/** One Pagefind custom record: a document version, its searchable metadata, filters and sort keys. */
export interface SearchRecord {
  url: string;
  language: Lang;
  /** What excerpts are cut from: the title, deck and body, as the reader sees them. */
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export interface RecordOptions {
  /** Add the derived terms (Korean word parts, every name form). Off gives what plain Pagefind would index. */
  terms?: boolean;
  /** A body's text as the reader sees it, its paragraphs marked (bodyContent): the build passes one that remembers it between builds. */
  bodyText?: (markdown: string) => string;
  /** Remembers what `make` works out from a document's text (the build keeps it between builds). */
  remember?: Remember;
}

/** The people a text names (`people`) or its Korean terms (`korean`): `make()` unless already known. */
export type Remember = (kind: 'people' | 'korean', text: string, make: () => string[]) => string[];

/**
 * The mark Pagefind's own HTML reader writes where an element with an id begins. Its API for records made from
 * data takes no anchors (1.6), but reads this mark in their text as it does in a page's: each result then knows
 * the paragraphs (`#p3`) its words are in, and the search page links to the one that matched.
 */
const anchorMark = (n: number, id: string) => `___PAGEFIND_ANCHOR___p:${n}:${id}`;
const ANCHOR_MARKS = /___PAGEFIND_ANCHOR___\S+ /g;
/** A word of the text that begins like one of Pagefind's marks, kept from being read as one: a zero-width non-joiner after its first character reads the same. */
const unmarked = (line: string) => line.replace(/(^|\s)_(?=__(?:END_)?PAGEFIND_)/g, '$1_\u200c');

/**
 * A body's text for the index: one line per block as the reader sees it, each paragraph the article page
 * anchors starting with its anchor mark.
 */
export function bodyContent(markdown: string): string {
  let n = 0;
  return markdownBlocks(markdown)
    .flatMap((b) => {
      const lines = b.lines.map(unmarked);
      if (b.anchor && lines.length) lines[0] = `${anchorMark(n++, b.anchor)} ${lines[0]}`;
      return lines;
    })
    .join('\n');
}

/** The text a reader sees, without the anchor marks. */
export const withoutMarks = (content: string): string => content.replace(ANCHOR_MARKS, '');

/**
 * Words of a recorded name no reader searches for. Pagefind matches a word nothing starts with through the
 * longest indexed word it starts with, so `of` (United States of America) made `official` find every record.
 */
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'de', 'del', 'des', 'du', 'la', 'le', 'les', 'von', 'van', 'der', 'al', 'el', 'y', 'e']);

/**
 * One line of the `terms` metadata: what the document calls a person, country or place (the form its text
 * uses, else the recorded name in its language), a tab, then the other forms a reader may type. The search
 * page reads it back to say what a result matched through (`폼페이오 → Pompeo`).
 */
function termLine(forms: readonly string[], preferred: readonly string[], text: string): string {
  const label = preferred.find((f) => f && text.includes(f)) ?? preferred[0] ?? '';
  const own = new Set(label.split(/\s+/));
  const words = [...new Set(forms.flatMap((f) => f.split(/\s+/)))].filter((w) => w && !own.has(w) && !FUNCTION_WORDS.has(w.toLowerCase()));
  return `${label}\t${words.join(' ')}`;
}

/**
 * The search index's records, derived from the archive at build time. Metadata fields are searchable but stay
 * out of excerpts, so the derived terms (`terms`) and the meeting facts (`meeting`) go there, never into text.
 */
export function searchRecords(archive: Archive, base: string, options: RecordOptions = {}): SearchRecord[] {
  const withTerms = options.terms ?? true;
  const finder = new NameMatcher(archive.input.people);
  const bodyText = options.bodyText ?? bodyContent;
  const remember: Remember = options.remember ?? ((_kind, _text, make) => make());
  return archive.input.documents.map((doc) => recordOf(archive, doc, base, bodyText, remember, withTerms ? finder : undefined));
}

function recordOf(
  archive: Archive,
  doc: DocumentVersion,
  base: string,
  bodyText: (markdown: string) => string,
  remember: Remember,
  finder?: NameMatcher,
): SearchRecord {
  const lang = doc.lang;
  const meetings = doc.meetings.map((id) => archive.meeting(id));
  const main = meetings[0]!;
  const content = [...[doc.title, ...doc.deck].map(unmarked), bodyText(doc.body)].join('\n');
  const text = withoutMarks(content);
  const counterparts = [...new Set(meetings.flatMap((m) => m.counterparts))];
  // Names, titles and places only: a role (`Minister of Foreign Affairs`) is a category every document shares.
  const meetingFacts = meetings.flatMap((m) => [
    meetingTitle(archive, m, lang),
    ...m.participants.map((p) => archive.person(p.person).name[lang]),
    placeLabel(archive, m, lang) ?? '',
    m.occasion?.[lang] ?? '',
  ]);

  // Pagefind searches every metadata field, so only words a reader may look for go there: the kind, level,
  // format, language, dates and country codes a result shows come from its filters, which are not searched
  // (`official` or `2024` would otherwise find every official release, every document of the year).
  const meta: Record<string, string> = {
    title: doc.title,
    meeting: meetingFacts.filter(Boolean).join(' · '),
  };
  if (finder) {
    const people = new Set([...meetings.flatMap((m) => m.participants.map((p) => p.person)), ...remember('people', text, () => finder.find(text))]);
    const places = meetings.flatMap((m) => (m.place ? [m.place] : []));
    const lines = [
      ...[...people].map((id) => {
        const p = archive.person(id);
        return termLine(personNameForms(p), [p.name[lang], ...p.variants[lang]], text);
      }),
      ...[...new Set([...counterparts, ...places.map((p) => p.country)])].map((c) => {
        const country = archive.country(c);
        return termLine(countryNameForms(country), [country.short[lang], country.name[lang], ...country.variants[lang]], text);
      }),
      // Where they met, in both languages: 리마 finds the English report, Lima the Korean one.
      ...places.flatMap((p) => (p.city ? [termLine([p.city.ko, p.city.en], [p.city[lang]], text)] : [])),
      // Parts of Korean words: the search page finds the word in the text itself.
      ...(lang === 'ko' ? [`\t${remember('korean', text, () => [...koreanTerms(text)]).join(' ')}`] : []),
    ];
    meta.terms = [...new Set(lines)].join('\n');
  }
  return {
    url: withBase(base, paths.document(lang, doc.id)),
    language: lang,
    content,
    meta,
    // No language filter: each language has its own bundle, so a filter whose value never varies within one would
    // only add to what every reader downloads. Likewise one sort key, the meeting date: each sort costs ~20 KB
    // in the bundle's metadata at 10,000 documents.
    filters: {
      // The meeting's date, shown on the result and used to put shards' results in date order.
      date: [main.date],
      year: [...new Set(meetings.map((m) => m.date.slice(0, 4)))],
      counterpart: counterparts,
      level: [...new Set(meetings.map((m) => m.level))],
      format: [...new Set(meetings.map((m) => m.format))],
      kind: [doc.source.kind],
      // Who took part: a person's page links to the search of their meetings.
      person: [...new Set(meetings.flatMap((m) => m.participants.map((p) => p.person)))],
    },
    sort: { date: main.date },
  };
}
