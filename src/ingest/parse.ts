/**
 * Stage 3 of an import: the lines of a saved page → its parts. A page holds one document version, or an
 * original followed by a machine translation (as news sites print it). Each part has a title, deck lines,
 * a publication line and byline, the body as blocks, and the notices that become metadata. Everything above
 * the title and after the end of the text is chrome; chrome inside the text (photo credits) is cut too.
 */
import type { Lang } from '../schemas/common.ts';
import { chromeReason } from './chrome.ts';
import { leadPublished, publishedLine, trailingPublished, type PublishedLine } from './dates.ts';
import { readHead } from './head.ts';
import type { Line } from './lines.ts';

export type BlockKind = 'paragraph' | 'heading' | 'item' | 'numbered' | 'row';

export interface Block {
  kind: BlockKind;
  text: string;
  /** Nesting of a sub-item (0 = top level). */
  depth?: number;
  /** A table row's cells, as printed. */
  cells?: string[];
  line: number;
}

export interface Part {
  lang: Lang;
  title?: Line;
  deck: Line[];
  published?: PublishedLine & { line: number };
  author?: string;
  /** The newspaper section printed before the title (`[사회]`). */
  section?: string;
  /** The outlet named in the lead (`[일간환경연합 신상미 기자]`, `[사건의내막 / 문홍철 기자]`). */
  leadPublisher?: string;
  body: Block[];
  /** The end mark of an official release (`끝.`, `/END/`). */
  endMark?: string;
  /** A portal's republication notice, verbatim. */
  republication?: string;
  /** A translation notice printed before this part (machine) or in it (`* unofficial translation`), verbatim. */
  translationNotice?: string;
  /** A share line naming the page, its site and address (`Title | 경남진 : https://…`). */
  sourceLine?: { text: string; publisher: string; url: string };
}

export interface ParsedPage {
  parts: Part[];
  /** The date a saved copy was made, from the stamp some copies begin with (` date 2021-04-09 `). */
  captured?: string;
  /** Lines cut as site chrome, with why: the import's report. */
  removed: { line: number; text: string; why: string }[];
}

const END_MARK = /(?:^|\s)(끝\s?\.|\(끝\)|<끝>|-\s?끝\s?-|\/\s?END\s?\/|-\s?END\s?-|\(END\)|###)\s*$/i;
// The ministry's own end marks; a news agency's `(END)` or `(끝)` ends its story, but says nothing of the source.
const OFFICIAL_END = /^(?:끝\s?\.|<끝>|-\s?끝\s?-|\/\s?END\s?\/|-\s?END\s?-)$/i;
const MACHINE_NOTICE = /(?:구글\s?번역|google\s?translat|machine[- ]translat|기계\s?번역|자동\s?번역|번역기|파파고|papago|deepl)/i;
const UNOFFICIAL_NOTICE = /^[*※]?\s*(?:unofficial translation|비공식\s?번역|가번역)\b.{0,80}$/i;
const REPUBLICATION = /전재하여\s?제공|전재한\s?것|republished (?:from|with)|this (?:material|article) (?:is|was) (?:provided|republished)/i;
const SOURCE_LINE = /^(.{2,200}?)\s\|\s(.{1,60}?)\s?:\s?(https?:\/\/\S+)$/;
const LEAD =
  /^\[([^\]/]{2,40}?)(?:\s?\/\s?|\s)([가-힣]{2,4})\s?(?:기자|특파원)\]|^\[([A-Za-z][^\]/]{1,40}?)\s\/\s(?:Reporter\s)?([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})\]/;

/** A line that reads as a sentence of running text (not a heading, menu item, label or table row). */
export function isSentence(text: string): boolean {
  if (text.length < 15) return false;
  // A sentence may end with the agency that wrote it: `… its nuclear program. (Yonhap)`.
  return /[.!?。…]["”’')\]]*(?:\s\((?:Yonhap|AP|AFP|Reuters|Xinhua|Kyodo|END)\))?$|다$|니다$|요$|[”"]$/.test(text);
}

const hangulShare = (text: string) => {
  const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return hangul + latin === 0 ? 0 : hangul / (hangul + latin);
};

/** The language of a run of text: Korean when a good share of its letters are Hangul. */
export function languageOf(text: string): Lang {
  return hangulShare(text) >= 0.3 ? 'ko' : 'en';
}

/** What a page's markup says of it (html.ts): the headline it names and its <title>. */
export interface PageFacts {
  ogTitle?: string;
  title?: string;
}

export function parsePage(input: Line[], facts: PageFacts = {}): ParsedPage {
  const removed: ParsedPage['removed'] = [];
  const cut = (line: Line, why: string) => removed.push({ line: line.n, text: line.text, why });
  const { lines: all, captured } = captureStamp(input);

  // An original followed by its machine translation: the notice line splits them.
  const noticeAt = all.findIndex((l, i) => i > 0 && MACHINE_NOTICE.test(l.text) && /번역|translat/i.test(l.text) && l.text.length <= 400 && !isBody(all, i));
  const spans: { lines: Line[]; notice?: string }[] =
    noticeAt > 0 ? [{ lines: all.slice(0, noticeAt) }, { lines: all.slice(noticeAt + 1), notice: all[noticeAt]!.text }] : [{ lines: all }];

  const parts: Part[] = [];
  for (const span of spans) {
    const original = parts[0];
    const part = parsePart(span.lines, cut, original ? { deckCount: original.deck.length } : { ogTitle: facts.ogTitle, htmlTitle: facts.title });
    if (span.notice) part.translationNotice = span.notice;
    if (part.body.length || part.title) parts.push(part);
  }
  return { parts, removed, ...(captured ? { captured } : {}) };
}

// A machine-translation notice standing inside running text would be quoted, not a notice.
function isBody(lines: Line[], i: number): boolean {
  const text = lines[i]!.text;
  return !/^[*※\[(]/.test(text) && !/아래|below|following|다음은/i.test(text);
}

/**
 * A saved copy often begins with the date it was saved, glued to the page's first line (` date 2021-04-09 Go
 * to Contents`). It is the capture's date, not the page's: it is taken off the line and kept apart.
 */
export function captureStamp(lines: readonly Line[]): { lines: Line[]; captured?: string } {
  const first = lines[0];
  const m = first ? /^date\s+((?:19|20)\d{2}-\d{2}-\d{2})(?:\s+(.*))?$/.exec(first.text) : null;
  if (!m) return { lines: [...lines] };
  const rest = m[2]?.trim();
  return { lines: rest ? [{ ...first!, text: rest }, ...lines.slice(1)] : lines.slice(1), captured: m[1]! };
}

interface PartOptions {
  /** A translation's title is followed by as many deck lines as its original's. */
  deckCount?: number;
  ogTitle?: string;
  htmlTitle?: string;
}

/** Where the text of a part starts: its first sentence of some length that is not chrome or a date line. */
function firstSentence(lines: readonly Line[], chrome: readonly (string | undefined)[]): number {
  const from = (start: number) => {
    const at = lines.findIndex(
      (l, i) => i >= start && !chrome[i] && isSentence(l.text.replace(END_MARK, '').trim()) && l.text.length >= 40 && !publishedLine(l.text),
    );
    return at < 0 ? lines.length : at;
  };
  let at = from(0);
  // A notice of the site that reads as a sentence can stand above the headline: when a date line follows
  // within a few lines, that is still the head, and the text starts under it.
  for (let guard = 0; guard < 3 && at < lines.length; guard++) {
    const date = lines.findIndex((l, j) => j > at && j <= at + 4 && !chrome[j] && !!publishedLine(l.text));
    // …and a headline stands between them, and text follows the date.
    const headline = date > 0 && lines.slice(at + 1, date).some((l, k) => !chrome[at + 1 + k] && !isSentence(l.text));
    const next = date > 0 ? from(date + 1) : lines.length;
    if (!headline || next >= lines.length) break;
    at = next;
  }
  return at;
}

function parsePart(input: Line[], cut: (l: Line, why: string) => void, options: PartOptions): Part {
  const lines = unwrap(input);
  const part: Part = { lang: languageOf(lines.map((l) => l.text).join(' ')), deck: [], body: [] };
  const chrome = lines.map((l) => chromeReason(l.text));
  const top = firstSentence(lines, chrome);

  // The head: menus, the title, deck, byline and dates. The text may start inside it, under the title.
  const head = readHead(lines.slice(0, top), options);
  for (const r of head.removed) if (r.why !== 'metadata') cut(r.line, r.why);
  part.title = head.title;
  part.deck = head.deck;
  if (head.published) part.published = head.published;
  if (head.author) part.author = head.author;
  if (head.section) part.section = head.section;
  const removedInHead = new Set(head.removed.map((r) => r.line.n));
  let bodyFrom = head.title || top < lines.length ? Math.min(head.bodyAt, top) : lines.length;
  let bodyTo = endOfText(lines, chrome, bodyFrom, top, part);
  // A portal's summary printed above the article (Daum's 자동요약): the text starts again after its widgets.
  const again = lines.findIndex(
    (l, i) => i > bodyTo && l.text === lines[bodyFrom]?.text && lines.slice(bodyTo, i).every((x, k) => chrome[bodyTo + k] || !x.text),
  );
  if (again > 0) {
    for (let i = bodyFrom; i < again; i++) if (lines[i]!.text) cut(lines[i]!, chrome[i] ?? 'summary of the text');
    bodyFrom = again;
    bodyTo = endOfText(lines, chrome, bodyFrom, again, part);
  }
  readTrailer(lines.slice(bodyTo), chrome.slice(bodyTo), part, cut);
  const bodyLines = textLines(lines, chrome, bodyFrom, bodyTo, (i) => i < top && removedInHead.has(lines[i]!.n), part, cut);
  readLead(bodyLines[0], part);
  part.body = blocks(bodyLines);
  return part;
}

/** Below the text: a republication notice, a translation notice, a source line, a date; anything else is cut. */
function readTrailer(lines: readonly Line[], chrome: readonly (string | undefined)[], part: Part, cut: (l: Line, why: string) => void): void {
  lines.forEach((line, i) => {
    const text = line.text;
    const source = SOURCE_LINE.exec(text);
    const trailing = part.published?.label === 'published' ? undefined : trailingPublished(text);
    if (REPUBLICATION.test(text) && !part.republication) part.republication = text;
    else if (UNOFFICIAL_NOTICE.test(text) && !part.translationNotice) part.translationNotice = text;
    else if (source) part.sourceLine = { text, publisher: source[2]!.trim(), url: source[3]! };
    else if (trailing) part.published = { ...trailing, line: line.n };
    else if (text) cut(line, chrome[i] ?? 'after the end of the text');
  });
}

/** The lines of the text itself, from `from` to `to`: chrome that is no sentence is cut, a notice is kept apart. */
function textLines(
  lines: readonly Line[],
  chrome: readonly (string | undefined)[],
  from: number,
  to: number,
  readWithHead: (i: number) => boolean,
  part: Part,
  cut: (l: Line, why: string) => void,
): Line[] {
  const out: Line[] = [];
  for (let i = Math.max(from, 0); i < to; i++) {
    const line = lines[i]!;
    if (readWithHead(i) || !line.text) continue;
    if (chrome[i] === 'photo credit' || (chrome[i] && !isSentence(line.text))) cut(line, chrome[i]!);
    else if (UNOFFICIAL_NOTICE.test(line.text) && !part.translationNotice) part.translationNotice = line.text;
    else out.push(line);
  }
  return out;
}

/** What a news lead names (`[서울=뉴시스]홍길동 기자 =`): the publisher, the author, and a wire's date. */
function readLead(first: Line | undefined, part: Part): void {
  if (!first) return;
  const lead = LEAD.exec(first.text);
  if (lead) {
    part.leadPublisher = (lead[1] ?? lead[3])!.trim();
    part.author ??= lead[2] ?? lead[4];
  }
  // A wire's lead may carry the only publication date (`서울--(뉴스와이어) 2010년 02월 10일 --`).
  const wire = !part.published ? leadPublished(first.text) : undefined;
  if (wire) part.published = { ...wire, line: first.n };
}

/**
 * Where the text that starts at `bodyFrom` ends: at an end mark (`끝.`, `/END/`, `(END)`, whose words before it
 * stay), or where the site's trailer begins; then back over the lines that close a page but are not text.
 */
function endOfText(lines: Line[], chrome: readonly (string | undefined)[], bodyFrom: number, top: number, part: Part): number {
  let bodyTo = lines.length;
  for (let i = bodyFrom; i < lines.length; i++) {
    const end = END_MARK.exec(lines[i]!.text);
    if (end && (isSentence(lines[i]!.text.slice(0, end.index).trim()) || lines[i]!.text.length <= end[0].length + 60)) {
      if (OFFICIAL_END.test(end[1]!)) part.endMark = end[1]!.replace(/\s/g, '');
      const before = lines[i]!.text.slice(0, end.index).trim();
      lines[i] = { ...lines[i]!, text: before };
      bodyTo = before ? i + 1 : i;
      break;
    }
    // Chrome under the title but above the text was read with the head; below the text it ends it.
    if (chrome[i] && chrome[i] !== 'photo credit' && i > bodyFrom && i >= top) {
      bodyTo = i;
      break;
    }
  }
  // Back off over what ends the page but is not the text: keyword links, a repeated title, a share line.
  if (!part.endMark) {
    const isTitle = (l: Line) => !!part.title && l.text === part.title.text;
    while (
      bodyTo > bodyFrom &&
      ((!isSentence(lines[bodyTo - 1]!.text) && lines[bodyTo - 1]!.hint !== 'item' && !MARKS.some((m) => m.re.test(lines[bodyTo - 1]!.text))) ||
        isTitle(lines[bodyTo - 1]!))
    )
      bodyTo--;
  }
  return bodyTo;
}

/**
 * Text saved from a page that broke its lines at a fixed width (the ministry's board of 2010 did) is joined
 * back into paragraphs: when most lines of the page stop short of one width, a line that runs on into the
 * next one (no blank line between, no mark starting the next) is the same paragraph.
 */
export function unwrap(lines: readonly Line[]): Line[] {
  const long = lines.filter((l) => l.text.length >= 30);
  const widths = long.map((l) => l.text.length);
  const max = Math.max(0, ...widths);
  const near = widths.filter((w) => w >= max - 25).length;
  const adjacent = lines.filter((l, i) => i > 0 && l.n === lines[i - 1]!.n + 1 && l.text.length >= 30).length;
  // Wrapped text: at least five long lines, most of them within a narrow band under the width, most following
  // each other without blank lines, and no line longer than a printed line can be.
  if (long.length < 5 || max > 100 || near < long.length * 0.6 || adjacent < long.length * 0.5) return [...lines];
  const out: Line[] = [];
  // The physical line before this one: a joined paragraph is measured by its last printed line.
  let last: Line | undefined;
  for (const line of lines) {
    const prev = out.at(-1);
    const startsItem = /^(?:\d{1,2}\.\s|[□■◆◇▷▶ㅇ◦○º°●△ㆍ-]\s?)/.test(line.text);
    // A line broken at the width: the next line's first word would not have fitted on it.
    const brokenBefore = !!last && last.text.length + 1 + (line.text.split(' ')[0]?.length ?? 0) > max;
    const plain = (l: Line) => !l.hint && !chromeReason(l.text) && !publishedLine(l.text);
    if (prev && last && line.n === last.n + 1 && last.text.length >= max - 25 && brokenBefore && !startsItem && plain(line) && plain(last)) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${line.text}`, n: line.n };
    } else out.push({ ...line });
    last = line;
  }
  return out;
}

// Sub-item marks by family, in the order they nest in Korean releases: □ ▷ ㅇ ◦ - .
const MARKS: { family: string; re: RegExp }[] = [
  { family: 'box', re: /^[□■◆◇▷▶]\s*/ },
  { family: 'circle', re: /^(?:ㅇ|O|o|◦|○|º|°|●)\s+/ },
  { family: 'dash', re: /^(?:-|–|△|ㆍ)\s+/ },
];

/** The body's blocks: numbered paragraphs, sub-items nested by the order their marks appear, headings, paragraphs. */
export function blocks(lines: Line[]): Block[] {
  const order: string[] = [];
  const out: Block[] = [];
  lines.forEach((line, i) => {
    const text = line.text;
    if (/^\d{1,2}\.\s/.test(text)) {
      out.push({ kind: 'numbered', text, line: line.n });
      return;
    }
    const mark = MARKS.find((m) => m.re.test(text));
    if (mark) {
      if (!order.includes(mark.family)) order.push(mark.family);
      out.push({ kind: 'item', text: text.replace(mark.re, ''), depth: order.indexOf(mark.family), line: line.n });
      return;
    }
    if (line.hint === 'item') {
      out.push({ kind: 'item', text, depth: 0, line: line.n });
      return;
    }
    if (line.hint === 'row') {
      out.push({ kind: 'row', text, line: line.n, ...(line.cells ? { cells: line.cells } : {}) });
      return;
    }
    const prev = lines[i - 1];
    const next = lines[i + 1];
    const alone = (!prev || prev.n < line.n - 1 || isSentence(prev.text)) && (!next || next.n > line.n + 1 || isSentence(next.text));
    // A short line standing alone before more text is a heading (blogs have them); a run of short lines is
    // a table or list copied as text, and stays lines.
    const heading = line.hint === 'heading' || (!isSentence(text) && text.length <= 80 && alone);
    out.push({ kind: heading && !!next ? 'heading' : 'paragraph', text, line: line.n });
  });
  return out;
}
