import type { Lang } from '../../schemas/index.ts';
import type { Archive, DocumentVersion } from '../model/archive.ts';
import { meetingTitle, placeLabel } from '../model/meetings.ts';
import { markdownText } from '../text/markdown-text.ts';
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
  /** A body's text as the reader sees it (markdownText): the build passes one that remembers it between builds. */
  bodyText?: (markdown: string) => string;
  /** Remembers what `make` works out from a document's text (the build keeps it between builds). */
  remember?: Remember;
}

/** The people a text names (`people`) or its Korean terms (`korean`): `make()` unless already known. */
export type Remember = (kind: 'people' | 'korean', text: string, make: () => string[]) => string[];

/**
 * The search index's records, derived from the archive at build time. Metadata fields are searchable but stay
 * out of excerpts, so the derived terms (`terms`) and the meeting facts (`meeting`) go there, never into text.
 */
export function searchRecords(archive: Archive, base: string, options: RecordOptions = {}): SearchRecord[] {
  const withTerms = options.terms ?? true;
  const finder = new NameMatcher(archive.input.people);
  const bodyText = options.bodyText ?? markdownText;
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
  const text = [doc.title, ...doc.deck, bodyText(doc.body)].join('\n');
  const counterparts = [...new Set(meetings.flatMap((m) => m.counterparts))];
  const meetingFacts = meetings.flatMap((m) => [
    meetingTitle(archive, m, lang),
    ...m.participants.map((p) => `${archive.person(p.person).name[lang]} ${p.role[lang]}`),
    placeLabel(archive, m, lang) ?? '',
    m.occasion?.[lang] ?? '',
  ]);

  const meta: Record<string, string> = {
    title: doc.title,
    date: main.date,
    published: doc.published,
    lang,
    kind: doc.source.kind,
    translation: doc.translation.status,
    level: main.level,
    format: main.format,
    counterparts: counterparts.join(' '),
    meeting_ko: meetingTitle(archive, main, 'ko'),
    meeting_en: meetingTitle(archive, main, 'en'),
    meeting: meetingFacts.filter(Boolean).join(' · '),
  };
  if (finder) {
    const people = new Set([...meetings.flatMap((m) => m.participants.map((p) => p.person)), ...remember('people', text, () => finder.find(text))]);
    const forms = [
      ...[...people].flatMap((id) => personNameForms(archive.person(id))),
      ...counterparts.flatMap((c) => countryNameForms(archive.country(c))),
      // Where they met, in both languages: 리마 finds the English report, Lima the Korean one.
      ...meetings.flatMap((m) =>
        m.place ? [m.place.city?.ko, m.place.city?.en, ...countryNameForms(archive.country(m.place.country))].filter((x): x is string => !!x) : [],
      ),
      ...(lang === 'ko' ? remember('korean', text, () => [...koreanTerms(text)]) : []),
    ];
    // Pagefind matches metadata word by word, so each word once is enough.
    meta.terms = [...new Set(forms.flatMap((f) => f.split(/\s+/)))].join(' ');
  }
  return {
    url: withBase(base, paths.document(lang, doc.id)),
    language: lang,
    content: text,
    meta,
    // No language filter: each language has its own bundle, so a filter whose value never varies within one would
    // only add to what every reader downloads. Likewise one sort key, the meeting date: each sort costs ~20 KB
    // in the bundle's metadata at 10,000 documents.
    filters: {
      year: [...new Set(meetings.map((m) => m.date.slice(0, 4)))],
      counterpart: counterparts,
      level: [...new Set(meetings.map((m) => m.level))],
      format: [...new Set(meetings.map((m) => m.format))],
      kind: [doc.source.kind],
    },
    sort: { date: main.date },
  };
}
