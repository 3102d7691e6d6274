/**
 * Stage 3 of an import: the lines of a saved page → its parts. A page holds one document version, or an
 * original followed by a machine translation (as news sites print it). Each part has a title, deck lines,
 * a publication line and byline, the body as blocks, and the notices that become metadata. Everything above
 * the title and after the end of the text is chrome; chrome inside the text (photo credits) is cut too.
 */
import type { Lang } from '../schemas/common.ts';
import { chromeReason } from './chrome.ts';
import { publishedLine, type PublishedLine } from './dates.ts';
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
  /** Lines cut as site chrome, with why: the import's report. */
  removed: { line: number; text: string; why: string }[];
}

const END_MARK = /(?:^|\s)(끝\s?\.|\(끝\)|<끝>|-\s?끝\s?-|\/\s?END\s?\/|-\s?END\s?-|\(END\)|###)\s*$/i;
const MACHINE_NOTICE = /(?:구글\s?번역|google\s?translat|machine[- ]translat|기계\s?번역|자동\s?번역|번역기|파파고|papago|deepl)/i;
const UNOFFICIAL_NOTICE = /^[*※]?\s*(?:unofficial translation|비공식\s?번역|가번역)\b.{0,80}$/i;
const REPUBLICATION = /전재하여\s?제공|전재한\s?것|republished (?:from|with)|this (?:material|article) (?:is|was) (?:provided|republished)/i;
const SOURCE_LINE = /^(.{2,200}?)\s\|\s(.{1,60}?)\s?:\s?(https?:\/\/\S+)$/;
const BYLINE_AUTHOR = /(?:^|[\s|•])([가-힣]{2,4})\s?(?:기자|특파원|선임기자|객원기자)(?:\s|$|\|)|\b(?:By|Reporter)\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})/;
const LEAD = /^\[([^\]/]{2,40}?)(?:\s?\/\s?|\s)([가-힣]{2,4})\s?(?:기자|특파원)\]|^\[([A-Za-z][^\]/]{1,40}?)\s\/\s(?:Reporter\s)?([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})\]/;
const SECTION = /^\[([^\]]{1,10})\]\s?(?=\S)/;

/** A line that reads as a sentence of running text (not a heading, menu item, label or table row). */
export function isSentence(text: string): boolean {
  if (text.length < 15) return false;
  return /[.!?。…]["”’')\]]*$|다$|니다$|요$|[”"]$/.test(text);
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

export function parsePage(all: Line[], facts: { title?: string } = {}): ParsedPage {
  const removed: ParsedPage['removed'] = [];
  const cut = (line: Line, why: string) => removed.push({ line: line.n, text: line.text, why });

  // An original followed by its machine translation: the notice line splits them.
  const noticeAt = all.findIndex((l, i) => i > 0 && MACHINE_NOTICE.test(l.text) && /번역|translat/i.test(l.text) && l.text.length <= 400 && !isBody(all, i));
  const spans: { lines: Line[]; notice?: string }[] =
    noticeAt > 0 ? [{ lines: all.slice(0, noticeAt) }, { lines: all.slice(noticeAt + 1), notice: all[noticeAt]!.text }] : [{ lines: all }];

  const parts: Part[] = [];
  for (const span of spans) {
    const original = parts[0];
    const part = parsePart(span.lines, cut, original ? { deckCount: original.deck.length } : { htmlTitle: facts.title });
    if (span.notice) part.translationNotice = span.notice;
    if (part.body.length || part.title) parts.push(part);
  }
  return { parts, removed };
}

// A machine-translation notice standing inside running text would be quoted, not a notice.
function isBody(lines: Line[], i: number): boolean {
  const text = lines[i]!.text;
  return !/^[*※\[(]/.test(text) && !/아래|below|following|다음은/i.test(text);
}

interface PartOptions {
  /** A translation's title is followed by as many deck lines as its original's. */
  deckCount?: number;
  htmlTitle?: string;
}

function parsePart(lines: Line[], cut: (l: Line, why: string) => void, options: PartOptions): Part {
  const part: Part = { lang: languageOf(lines.map((l) => l.text).join(' ')), deck: [], body: [] };
  const chrome = lines.map((l) => chromeReason(l.text));
  const firstSentence = lines.findIndex((l, i) => !chrome[i] && isSentence(l.text) && l.text.length >= 40);
  const top = firstSentence < 0 ? lines.length : firstSentence;

  // The publication line and byline: near the top, before the first sentence of the text.
  let anchor = -1;
  let anchorEnd = -1;
  for (let i = 0; i < top; i++) {
    if (chrome[i]) continue;
    const pub = publishedLine(lines[i]!.text);
    const author = BYLINE_AUTHOR.exec(lines[i]!.text);
    const isByline = !!author && lines[i]!.text.length <= 60 && !isSentence(lines[i]!.text);
    if (pub && (!part.published || (part.published.label !== 'published' && pub.label === 'published'))) {
      part.published = { ...pub, line: lines[i]!.n };
    }
    if (isByline && !part.author) part.author = author[1] ?? author[2];
    if (pub || isByline) {
      if (anchor < 0) anchor = i;
      anchorEnd = i;
    }
  }

  // The title: the first line above the byline (or at the top) that is not chrome; the lines between it and
  // the byline are its deck.
  const titleZoneEnd = anchor >= 0 ? anchor : top;
  let titleAt = -1;
  if (options.htmlTitle) {
    const wanted = options.htmlTitle;
    titleAt = lines.findIndex((l, i) => i < Math.max(titleZoneEnd, 1) && !chrome[i] && (wanted.includes(l.text) || l.text.includes(wanted)) && l.text.length >= 4);
  }
  if (titleAt < 0) titleAt = lines.findIndex((_, i) => i < Math.max(titleZoneEnd, 1) && !chrome[i]);
  if (titleAt < 0 && anchor < 0) titleAt = lines.findIndex((_, i) => !chrome[i]);
  for (let i = 0; i < Math.max(titleAt, 0); i++) cut(lines[i]!, chrome[i] ?? 'above the title');
  let bodyFrom = titleAt + 1;
  if (titleAt >= 0) {
    const title = lines[titleAt]!;
    const section = SECTION.exec(title.text);
    if (section) {
      part.section = section[1]!.trim();
      part.title = { ...title, text: title.text.slice(section[0].length).trim() };
    } else {
      part.title = title;
    }
    if (anchor > titleAt) {
      for (let i = titleAt + 1; i < anchor; i++) {
        if (chrome[i]) cut(lines[i]!, chrome[i]!);
        else part.deck.push(lines[i]!);
      }
      bodyFrom = anchor;
    } else if (options.deckCount) {
      let i = titleAt + 1;
      while (part.deck.length < options.deckCount && i < lines.length && !isSentence(lines[i]!.text)) part.deck.push(lines[i++]!);
      bodyFrom = i;
    }
  }
  if (anchor >= 0 && anchor >= bodyFrom) {
    // Byline lines go to metadata; lines between them and the text that are not sentences are deck (a news
    // site's sub-headline under the byline).
    for (let i = bodyFrom; i <= anchorEnd; i++) if (chrome[i]) cut(lines[i]!, chrome[i]!);
    bodyFrom = anchorEnd + 1;
    while (bodyFrom < lines.length && bodyFrom < top) {
      if (chrome[bodyFrom]) cut(lines[bodyFrom]!, chrome[bodyFrom]!);
      else if (lines[bodyFrom]!.hint === 'item' || /^[“"‘']/.test(lines[bodyFrom]!.text)) part.deck.push(lines[bodyFrom]!);
      else break;
      bodyFrom++;
    }
  }

  // The end of the text: an end mark, or where the trailer of the site begins.
  let bodyTo = lines.length;
  for (let i = Math.max(bodyFrom, 0); i < lines.length; i++) {
    const end = END_MARK.exec(lines[i]!.text);
    if (end && (isSentence(lines[i]!.text.slice(0, end.index).trim()) || lines[i]!.text.length <= end[0].length + 60)) {
      part.endMark = end[1]!.replace(/\s/g, '');
      const before = lines[i]!.text.slice(0, end.index).trim();
      lines[i] = { ...lines[i]!, text: before };
      bodyTo = before ? i + 1 : i;
      break;
    }
    if (chrome[i] && chrome[i] !== 'photo credit' && i > bodyFrom) {
      bodyTo = i;
      break;
    }
  }
  // Back off over what ends the page but is not the text: keyword links, a repeated title, a share line.
  if (!part.endMark) {
    const isTitle = (l: Line) => !!part.title && l.text === part.title.text;
    while (bodyTo > bodyFrom && ((!isSentence(lines[bodyTo - 1]!.text) && lines[bodyTo - 1]!.hint !== 'item') || isTitle(lines[bodyTo - 1]!))) bodyTo--;
  }
  for (let i = bodyTo; i < lines.length; i++) {
    const text = lines[i]!.text;
    const source = SOURCE_LINE.exec(text);
    if (REPUBLICATION.test(text) && !part.republication) part.republication = text;
    else if (UNOFFICIAL_NOTICE.test(text) && !part.translationNotice) part.translationNotice = text;
    else if (source) part.sourceLine = { text, publisher: source[2]!.trim(), url: source[3]! };
    else cut(lines[i]!, chrome[i] ?? 'after the end of the text');
  }

  const bodyLines: Line[] = [];
  for (let i = Math.max(bodyFrom, 0); i < bodyTo; i++) {
    const line = lines[i]!;
    if (chrome[i] === 'photo credit' || (chrome[i] && !isSentence(line.text))) cut(line, chrome[i]!);
    else if (UNOFFICIAL_NOTICE.test(line.text) && !part.translationNotice) part.translationNotice = line.text;
    else bodyLines.push(line);
  }
  const lead = bodyLines[0] ? LEAD.exec(bodyLines[0].text) : null;
  if (lead) {
    part.leadPublisher = (lead[1] ?? lead[3])!.trim();
    part.author ??= lead[2] ?? lead[4];
  }
  part.body = blocks(bodyLines);
  return part;
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
