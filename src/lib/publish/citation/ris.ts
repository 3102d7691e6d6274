import type { SourceKind } from '../../../schemas/index.ts';
import { LOCALE, t } from '../../i18n/index.ts';
import { capitalise, dateParts, type Citation } from './model.ts';
import { collapseSpace } from '../../text/whitespace.ts';
import { translationLabel } from './text.ts';

/** RIS reference types: a government document, a newspaper article, a blog post. */
export const RIS_TYPES: Record<SourceKind, string> = { official: 'GOVDOC', news: 'NEWS', blog: 'BLOG' };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * One RIS record: `TAG  - value` lines ending in CRLF, `TY` first and `ER` last. The author (AU, a body or a
 * person as given), the outlet of a news report or blog post (T2), the kind (M3), the date (DA `YYYY/MM/DD/`,
 * PY), the archived copy (UR), the archive (DB), translation status and original URL as notes (N1).
 */
export function ris(c: Citation): string {
  const d = t(c.lang);
  const [year, month, day] = dateParts(c.published);
  const translation = translationLabel(c, c.lang);
  const lines: [string, string][] = [
    ['TY', RIS_TYPES[c.kind]],
    ['TI', c.title],
    ['AU', c.author.names[c.lang]],
    ...(c.kind === 'official' ? [] : ([['T2', c.publisher[c.lang]]] as [string, string][])),
    ['PB', c.publisher[c.lang]],
    ['M3', capitalise(d.cite.kinds[c.kind])],
    ['DA', `${year}/${pad(month)}/${pad(day)}/`],
    ['PY', String(year)],
    ['LA', LOCALE[c.lang]],
    ['UR', c.archiveUrl],
    ['DB', d.siteName],
    ...(translation ? ([['N1', capitalise(translation)]] as [string, string][]) : []),
    ...(c.sourceUrl ? ([['N1', d.cite.original(c.sourceUrl)]] as [string, string][]) : []),
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${collapseSpace(value)}`).join('\r\n') + '\r\n';
}
