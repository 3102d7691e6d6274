import type { CountryData, Lang, SourceKind, TranslationStatus } from '../../../schemas/index.ts';
import { HOME_COUNTRY, type Archive, type DocumentVersion } from '../../model/archive.ts';
import { siteUrls } from '../seo.ts';
import { paths } from '../../model/urls.ts';

type Names = Record<Lang, string>;

/** Everything a citation of one document version says, in every format: built once, formatted many ways. */
export interface Citation {
  /** The citation key: the document id and the version's language, e.g. `2024-06-01-mofa-kr-us-vice-ministers-ko`. */
  key: string;
  id: string;
  /** The version's language: its title is in it, and the downloads' fixed words are. */
  lang: Lang;
  kind: SourceKind;
  /** Verbatim, as the version prints it. */
  title: string;
  /**
   * Who is cited as the author: the person the source names (as given, the same in both languages), else the
   * issuing body in each language (in English with the home country added when its name names no country).
   */
  author: { names: Names; person: boolean };
  /** The issuing body as the document gives it. */
  issuer: Names;
  publisher: Names;
  /** The publication date, YYYY-MM-DD. */
  published: string;
  /** Where the source published it, when known. */
  sourceUrl?: string;
  /** This version's page in the archive, absolute (SITE_URL + BASE_PATH). */
  archiveUrl: string;
  translation: { status: TranslationStatus; from?: Lang; by?: string };
  /** The original's title, when this version is a translation of one the archive holds. */
  originalTitle?: string;
}

/** Site origin (Astro.site, SITE_URL) and base path (BASE_URL, BASE_PATH) of the deployed archive. */
export interface SiteLocation {
  site: string | URL | undefined;
  base: string;
}

/** The citation key of a version: its id and language, in the characters every reference manager accepts. */
export function citationKey(id: string, lang: Lang): string {
  return `${id}-${lang}`.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

export function citationOf(archive: Archive, version: DocumentVersion, location: SiteLocation): Citation {
  const person = version.source.author;
  const home = archive.input.countries.find((c) => c.id === HOME_COUNTRY);
  const original = version.translation.from ? archive.document(version.id).versions[version.translation.from] : undefined;
  return {
    key: citationKey(version.id, version.lang),
    id: version.id,
    lang: version.lang,
    kind: version.source.kind,
    title: version.title,
    author: person
      ? { names: { ko: person, en: person }, person: true }
      : { names: { ko: version.issuer.ko, en: qualifiedIssuer(version, archive.input.countries, home) }, person: false },
    issuer: { ...version.issuer },
    publisher: { ...version.source.publisher },
    published: version.published,
    ...(version.source.url && { sourceUrl: version.source.url }),
    archiveUrl: siteUrls(location.site, location.base).abs(paths.document(version.lang, version.id)),
    translation: {
      status: version.translation.status,
      ...(version.translation.from && { from: version.translation.from }),
      ...(version.translation.by && { by: version.translation.by }),
    },
    ...(original && original !== version && { originalTitle: original.title }),
  };
}

/**
 * An official issuer's English name with the home country added, `Ministry of Foreign Affairs (Republic of
 * Korea)`, when the name names no country of the registry: the archive's official releases come from the
 * Korean government unless the issuer's name says otherwise (`U.S. Department of State`).
 */
function qualifiedIssuer(version: DocumentVersion, countries: CountryData[], home: CountryData | undefined): string {
  const name = version.issuer.en;
  if (version.source.kind !== 'official' || !home) return name;
  const forms = countries.flatMap((c) => [c.name.en, c.short.en, ...c.variants.en]);
  return forms.some((form) => containsWord(name, form)) ? name : `${name} (${home.name.en})`;
}

function containsWord(text: string, word: string): boolean {
  const hay = text.toLowerCase();
  const needle = word.toLowerCase();
  const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (!isLetter(hay[i - 1]) && !isLetter(hay[i + needle.length])) return true;
  }
  return false;
}

/** `[2024, 6, 1]` from `2024-06-01`. */
export const dateParts = (iso: string): [number, number, number] => {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m!, d!];
};

/** Collapses every run of white space (line breaks included) to one space: every format wants one-line values. */

/** The first letter upper-cased, for a fixed word that starts a sentence or a field (`Press release`). */
export const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
