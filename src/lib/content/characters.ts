import { fieldPath, type Problem } from './problems.ts';

// Characters that HTML calls parse errors and XML 1.0 cannot carry at all: C0 controls (but tab, line feed and
// carriage return), DEL and the C1 controls (what Windows-1252 punctuation becomes when it is decoded wrongly),
// and the noncharacters. One in a title makes the feeds and sitemaps unreadable XML and shows as nothing or a box
// on the page, so the content check refuses it where the file says it.
const PLANE_ENDS = Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16)}FFFE}\\u{${(i + 1).toString(16)}FFFF}`).join('');
// With the u flag, [\uD800-\uDFFF] matches only a surrogate without its pair (a YAML "\uD800" escape makes one),
// which is no character at all: the search index cannot take it.
const UNSHOWABLE = new RegExp(`[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uD800-\\uDFFF\\uFDD0-\\uFDEF\\uFFFE\\uFFFF${PLANE_ENDS}]`, 'u');

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function unshowable(text: string): string | undefined {
  const found = UNSHOWABLE.exec(text);
  if (!found) return undefined;
  const char = found[0];
  const code = char.codePointAt(0)!;
  const kind = code >= 0xd800 && code <= 0xdfff ? 'half of a surrogate pair (no character)' : code > 0x9f ? 'a noncharacter' : 'a control character';
  const line = text.slice(0, found.index).split('\n').length;
  const where = text.includes('\n') ? `on line ${line}` : `at character ${[...text.slice(0, found.index)].length + 1}`;
  // A C1 control is nearly always Windows-1252 punctuation read as Latin-1: name the character it stood for.
  const meant = code >= 0x80 && code <= 0x9f ? new TextDecoder('windows-1252').decode(Uint8Array.of(code)) : '';
  const hint = meant && meant !== char ? ` (probably ${meant}, from a page decoded as Latin-1 instead of Windows-1252)` : '';
  return `contains ${codePoint(char)}, ${kind} that pages and feeds cannot show, ${where}: delete it, or write the character the source meant${hint}`;
}

/** Every text in a record's fields and its body that holds a character no page or feed can show. */
export function characterProblems(file: string, data: unknown, body?: string): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const message = unshowable(value);
      if (message) problems.push({ file, field: path.length ? fieldPath(path) : '(file)', message });
    } else if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(data, []);
  if (body !== undefined) {
    const message = unshowable(body);
    if (message) problems.push({ file, field: 'body', message: message.replace(/on line (\d+)/, 'on line $1 of the text below the frontmatter') });
  }
  return problems;
}
