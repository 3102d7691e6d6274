/**
 * A strict RFC 4180 reader, independent of src/lib/publish/csv.ts, so the tests read the files the way a conforming
 * parser does: records end in CRLF, a CR or LF outside quotes or a quote inside an unquoted field is an error.
 */
export function parseCsv(text: string): string[][] {
  if (!text.startsWith('\uFEFF')) throw new Error('no byte order mark');
  const s = text.slice(1);
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < s.length) {
    let field = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (i >= s.length) throw new Error('unterminated quoted field');
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += s[i++];
      }
    } else {
      while (i < s.length && s[i] !== ',' && s[i] !== '\r' && s[i] !== '\n') {
        if (s[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        field += s[i++];
      }
    }
    record.push(field);
    if (s[i] === ',') {
      i++;
    } else if (s.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else {
      throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(s.slice(i, i + 10))}`);
    }
  }
  if (record.length) throw new Error('the last record does not end in CRLF');
  return records;
}

/** The records as objects keyed by the header record. */
export function csvObjects(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header = [], ...records] = parseCsv(text);
  for (const [n, r] of records.entries())
    if (r.length !== header.length) throw new Error(`record ${n + 1} has ${r.length} fields, the header ${header.length}`);
  return { header, rows: records.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i]!]))) };
}
