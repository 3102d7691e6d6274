/** CSV as RFC 4180 writes it: CRLF after every record, a field quoted when it must be, quotes doubled. */

/**
 * The byte order mark the file starts with. RFC 4180 needs none, but spreadsheet programs (Excel above all)
 * read a CSV file without one in the system's legacy code page, which turns Hangul into mojibake; with it they
 * read UTF-8. Parsers that know CSV skip it.
 */
export const BOM = '\uFEFF';

export const CRLF = '\r\n';

/** A cell: text, a number, or nothing (an empty field). */
export type Cell = string | number | null;

/** One field, quoted when it holds a comma, a quote, a CR or an LF (RFC 4180 §2.6–2.7). */
export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: the BOM, the header record, then one record per row, each ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const records = [header, ...rows].map((row, i) => {
    // A short or long row would shift every later cell into the wrong column: a bug, never data to write.
    if (row.length !== header.length) throw new Error(`internal: CSV record ${i} has ${row.length} fields, the header ${header.length}`);
    return row.map(csvField).join(',') + CRLF;
  });
  return BOM + records.join('');
}
