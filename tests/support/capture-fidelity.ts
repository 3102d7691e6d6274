/**
 * Fidelity of a document to the page it was imported from, for every document that keeps its capture: every
 * sentence of the page's text is in the entry, and no line the importer cut as chrome is. The capture is read
 * again by the importer's own reading stages (decode → lines → parse), so a hand edit of an entry that drops a
 * sentence or lets chrome in shows here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from '../../src/ingest/decode.ts';
import { htmlLines } from '../../src/ingest/html.ts';
import { textLines } from '../../src/ingest/lines.ts';
import { parsePage } from '../../src/ingest/parse.ts';
import type { DocumentVersion } from '../../src/lib/model/archive.ts';
import { markdownLines } from '../../src/lib/text/markdown-text.ts';
import { collapseSpace as normalize } from '../../src/lib/text/whitespace.ts';

export interface Fidelity {
  document: string;
  /** Sentences of the page's text the entry lacks. */
  missing: string[];
  /** Chrome lines of the page the entry holds. */
  chrome: string[];
}

const sentences = (text: string) =>
  normalize(text)
    .split(/(?<=[.!?。]|다\.|\))\s+(?=\S)/u)
    .map((s) => s.trim())
    .filter((s) => s.length >= 8);

/** Marks the importer turns into list markup (□ ㅇ ° -) are presentation: compare the words after them. */
const unmarked = (line: string) => line.replace(/^(?:\d{1,2}\.\s|[□■◆◇▷▶ㅇ◦○º°●△ㆍ•-]\s*|[Oo]\s+)/u, '').trim();

export function captureFidelity(contentDir: string, documents: readonly DocumentVersion[]): Fidelity[] {
  const out: Fidelity[] = [];
  for (const doc of documents) {
    const capture = doc.source.capture;
    if (!capture) continue;
    const decoded = decode(readFileSync(join(contentDir, capture.file)));
    if (!decoded.ok) {
      out.push({ document: `${doc.id}.${doc.lang}`, missing: [`(capture unreadable: ${decoded.why})`], chrome: [] });
      continue;
    }
    const { lines, facts } = decoded.html ? htmlLines(decoded.text) : { lines: textLines(decoded.text), facts: {} };
    const page = parsePage(lines, facts);
    const part = page.parts.find((p) => p.lang === doc.lang) ?? page.parts[0];
    const entry = [doc.title, ...doc.deck, ...markdownLines(doc.body)].map(normalize);
    const entryText = entry.join('\n');
    const bodyText = (part?.body ?? []).map((b) => normalize(b.text));
    const missing = bodyText.flatMap((line) => sentences(unmarked(line))).filter((s) => !entryText.includes(s));
    const chrome = page.removed
      .map((r) => normalize(r.text))
      .filter((c) => c.length >= 8 && !bodyText.some((b) => b.includes(c)) && c !== normalize(doc.title))
      .filter((c) => entry.some((e) => e === c || unmarked(e) === unmarked(c)));
    out.push({ document: `${doc.id}.${doc.lang}`, missing, chrome });
  }
  return out;
}
