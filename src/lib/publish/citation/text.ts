import type { Lang } from '../../../schemas/index.ts';
import { LOCALE, otherLang, t } from '../../i18n/index.ts';
import { capitalise, type Citation } from './model.ts';
import { collapseSpace } from '../../text/whitespace.ts';

/** A run of a formatted citation: text, in another language than the citation's where `lang` says so. */
export interface CitationPart {
  text: string;
  lang?: Lang;
  /** A container's name (a newspaper, a blog), italic in English style. */
  italic?: boolean;
}

export interface FormattedCitation {
  /** The language of the citation's style and fixed words (not of the title, which stays the version's). */
  lang: Lang;
  parts: CitationPart[];
  /** The whole citation as plain text. */
  text: string;
}

const longDates: Record<Lang, Intl.DateTimeFormat> = {
  ko: new Intl.DateTimeFormat(LOCALE.ko, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(LOCALE.en, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
};

/** `2024년 6월 1일` / `1 June 2024`: a citation's date, without the weekday the pages print. */
export const citationDate = (iso: string, lang: Lang): string => longDates[lang].format(new Date(`${iso}T00:00:00Z`));

/** The kind of document in a language, with its translation status: `press release (machine translation from Korean by …)`. */
export function kindLabel(c: Citation, lang: Lang): string {
  const d = t(lang);
  const kind = d.cite.kinds[c.kind];
  const note = translationLabel(c, lang);
  return note ? (lang === 'ko' ? `${kind}(${note})` : `${kind} (${note})`) : kind;
}

/** What a translation is, in a language: `official translation from Korean`; undefined for an original. */
export function translationLabel(c: Citation, lang: Lang): string | undefined {
  const d = t(lang);
  const { status, from, by } = c.translation;
  if (status === 'original') return undefined;
  const fromName = d.langNames[from ?? otherLang(c.lang)];
  return status === 'machine' ? d.cite.translated.machine(fromName, by) : d.cite.translated[status](fromName);
}

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
/** The language of a name as given: Korean when it is written in Hangul. */
const scriptLang = (text: string): Lang => (HANGUL.test(text) ? 'ko' : 'en');

/** The container (newspaper, blog, republishing site) when it is not already the author. */
export function container(c: Citation, lang: Lang): string | undefined {
  const name = c.publisher[lang];
  return name === (c.author.person ? c.author.names[lang] : c.issuer[lang]) ? undefined : name;
}

function part(text: string, citationLang: Lang, textLang: Lang, italic = false): CitationPart {
  return { text: collapseSpace(text), ...(textLang !== citationLang && { lang: textLang }), ...(italic && { italic }) };
}
const plain = (text: string): CitationPart => ({ text });

function finish(lang: Lang, parts: CitationPart[]): FormattedCitation {
  return { lang, parts, text: parts.map((p) => p.text).join('') };
}

/**
 * Korean style: `외교부, 「한미 외교차관회담(5.31) 결과」, 보도자료, 2024년 6월 1일, 외교 브리핑 아카이브, <url>.`
 * A news report or blog post names its outlet in 『』 after the title when the author is someone else; the
 * source's own URL, when known, comes before the archive's.
 */
export function koreanCitation(c: Citation): FormattedCitation {
  const lang: Lang = 'ko';
  const author = c.author.names.ko;
  const outlet = container(c, lang);
  const parts: CitationPart[] = [
    part(author, lang, scriptLang(author)),
    plain(', 「'),
    part(c.title, lang, c.lang),
    plain('」, '),
    ...(outlet ? [plain('『'), part(outlet, lang, scriptLang(outlet)), plain('』, ')] : []),
    plain(`${kindLabel(c, lang)}, ${citationDate(c.published, lang)}, `),
    ...(c.sourceUrl ? [plain(`${c.sourceUrl}, `)] : []),
    plain(`${t(lang).siteName}, ${c.archiveUrl}.`),
  ];
  return finish(lang, parts);
}

/**
 * English, after Chicago's notes-bibliography style: `Ministry of Foreign Affairs (Republic of Korea). “…”
 * Press release, 1 June 2024. Diplomatic Briefing Archive. <url>.` The outlet, in italics, follows the title
 * when the author is someone else.
 */
export function englishCitation(c: Citation): FormattedCitation {
  const lang: Lang = 'en';
  const author = c.author.names.en;
  const outlet = container(c, lang);
  const kind = kindLabel(c, lang);
  const title = collapseSpace(c.title);
  // Chicago puts the period inside the quotation marks, unless the title ends in its own punctuation.
  const titleEnd = /[.?!…]$/.test(title) ? '”' : '.”';
  const parts: CitationPart[] = [
    part(author, lang, scriptLang(author)),
    plain(/[.?!]$/.test(author) ? ' “' : '. “'),
    part(title, lang, c.lang),
    plain(`${titleEnd} `),
    ...(outlet ? [part(outlet, lang, scriptLang(outlet), true), plain(`, ${kind}`)] : [plain(capitalise(kind))]),
    plain(`, ${citationDate(c.published, lang)}. `),
    ...(c.sourceUrl ? [plain(`${c.sourceUrl}. `)] : []),
    plain(`${t(lang).siteName}. ${c.archiveUrl}.`),
  ];
  return finish(lang, parts);
}

/** Both formatted citations of a version, the Korean style first. */
export const formattedCitations = (c: Citation): Record<Lang, FormattedCitation> => ({ ko: koreanCitation(c), en: englishCitation(c) });
