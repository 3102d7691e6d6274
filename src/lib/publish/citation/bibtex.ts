import { ENGLISH_MONTHS } from '../../text/months.ts';
import { t } from '../../i18n/index.ts';
import { capitalise, dateParts, type Citation } from './model.ts';
import { collapseSpace } from '../../text/whitespace.ts';
import { container, translationLabel } from './text.ts';

// BibTeX counts braces even after a backslash, so `\{` would unbalance an entry: braces become text commands.
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text for a BibTeX field: LaTeX's special characters escaped, on one line; Hangul and other UTF-8 kept (biber reads it). */
export function escapeBibtex(text: string): string {
  return collapseSpace(text).replace(/[\\{}%&$#_~^]/g, (ch) => SPECIAL[ch]!);
}

/** A URL for the verbatim `url` field: only what would break the entry (braces, backslashes, spaces) percent-encoded. */
export function bibtexUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * One `@misc` entry (read by BibTeX and biblatex alike): the author (a body or a person as given) and the title
 * in double braces, so no style splits or re-cases them; the kind in `howpublished`; translation status, the
 * original URL and the archive in `note`; `url` is the archived copy. Fixed words are in the version's language.
 */
export function bibtex(c: Citation): string {
  const d = t(c.lang);
  const [year, month] = dateParts(c.published);
  const translation = translationLabel(c, c.lang);
  const note = [translation && capitalise(translation), c.sourceUrl && d.cite.original(c.sourceUrl), d.cite.archived(d.siteName)].filter(Boolean) as string[];
  const fields: [string, string][] = [
    ['author', `{{${escapeBibtex(c.author.names[c.lang])}}}`],
    ['title', `{{${escapeBibtex(c.title)}}}`],
    ['howpublished', `{${escapeBibtex(capitalise(d.cite.kinds[c.kind]))}}`],
    // A body that issued and published its own release is named once, as the author.
    ...(container(c, c.lang) ? ([['organization', `{{${escapeBibtex(c.publisher[c.lang])}}}`]] as [string, string][]) : []),
    ...(c.translation.by ? ([['translator', `{{${escapeBibtex(c.translation.by)}}}`]] as [string, string][]) : []),
    ...(c.originalTitle ? ([['origtitle', `{{${escapeBibtex(c.originalTitle)}}}`]] as [string, string][]) : []),
    ['date', `{${c.published}}`],
    ['year', `{${year}}`],
    ['month', ENGLISH_MONTHS[month - 1]!.slice(0, 3)],
    ['language', `{${escapeBibtex(d.langNames[c.lang])}}`],
    ['url', `{${bibtexUrl(c.archiveUrl)}}`],
    ['note', `{${note.map(escapeBibtex).join('. ')}}`],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  return `@misc{${c.key},\n${fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value},`).join('\n')}\n}\n`;
}
