/**
 * The head of a page: the lines above the first sentence of its text. Sites print there their menus, their
 * names, the board or section, breadcrumbs, and the document's title, deck, byline and dates — the
 * ministry's boards as label and value lines (`Date` / `2018-07-26`, `부서명` / `북미1과` / `작성일` / …).
 * The title is the release's own headline: never a menu, section, board or outlet name, never a neighbouring
 * headline; a page that prints none has no title (the import then fails and says so).
 */
import { collapseSpace } from '../lib/text/whitespace.ts';
import { chromeReason, isMenuWord } from './chrome.ts';
import { publishedLine, type PublishedLine } from './dates.ts';
import type { Line } from './lines.ts';

export interface Head {
  title?: Line;
  deck: Line[];
  published?: PublishedLine & { line: number };
  author?: string;
  /** The newspaper section printed before the title (`[사회]`). */
  section?: string;
  /** Lines of the head that are not the document (chrome, and the metadata lines), with why. */
  removed: { line: Line; why: string }[];
  /** Where the text starts, if it starts inside the head (a sub-heading under the title): lines from here that are not removed are the text's. */
  bodyAt: number;
}

// Labels printed on a line of their own, their value on the next: the ministry's boards and older releases.
const LABELS: Record<string, 'date' | 'other'> = {
  date: 'date',
  작성일: 'date',
  등록일: 'date',
  배포일시: 'date',
  게시일: 'date',
  'posted on': 'date',
  hit: 'other',
  hits: 'other',
  views: 'other',
  조회수: 'other',
  조회: 'other',
  부서명: 'other',
  담당부서: 'other',
  담당과: 'other',
  담당자: 'other',
  연락처: 'other',
  문의: 'other',
  작성자: 'other',
  글쓴이: 'other',
  name: 'other',
  department: 'other',
};
const labelOf = (text: string) =>
  LABELS[
    text
      .replace(/\s*[:：]$/, '')
      .trim()
      .toLowerCase()
  ];
// A label and its value on one line (`담당과 유럽국 서유럽과`, `담당자 과장 홍길동 (02-2100-0000)`).
const LABELLED = /^(?:부서명|담당부서|담당과|담당자|담당관|연락처|문의|작성자|department|contact)\s*[:：]?\s+\S/i;

const BYLINE_AUTHOR = /(?:^|[\s|•])([가-힣]{2,4})\s?(?:기자|특파원|선임기자|객원기자)(?:\s|$|\|)|^(?:By|Reporter)\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,3})\b/;
const SECTION = /^\[([^\]]{1,10})\]\s?(?=\S)/;
// Words of a meeting's headline; a short line without one is a menu or a site's name.
const MEETING_WORD =
  /회담|통화|면담|접견|예방|방한|방문|협의|대화|회의|회동|만나|talks?\b|meets?\b|meeting|call\b|phone|conversation|visit|dialogue|consultation|discuss|holds?\b|agree/i;

/** A short line without a meeting word: a menu item or a site's name, not a headline. */
export function isNavLike(text: string): boolean {
  if (MEETING_WORD.test(text)) return false;
  const words = text.split(/\s+/).length;
  return /\p{Script=Hangul}/u.test(text) ? words <= 2 && text.length <= 10 : words <= 3;
}

// Running text, not a headline: a long line ending as sentences end.
const isSentenceLike = (s: string) => s.length >= 30 && /(?:[.!?]|다\.|니다\.?)$/.test(s);

/**
 * Reads the head of a part: its lines above the text. `ogTitle` is the headline the page's markup names
 * (og:title), `htmlTitle` its <title>; `deckCount` asks for as many deck lines as an original has (a
 * translation printed after it).
 */
export function readHead(lines: readonly Line[], facts: { ogTitle?: string; htmlTitle?: string; deckCount?: number } = {}): Head {
  const head: Head = { deck: [], removed: [], bodyAt: lines.length };
  const kinds: ('chrome' | 'meta' | 'candidate')[] = [];
  const why: (string | undefined)[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    const chrome = chromeReason(text);
    const label = labelOf(text);
    if (label) {
      kinds[i] = 'meta';
      // The value on the next line belongs to the label.
      const value = lines[i + 1];
      if (value && !labelOf(value.text) && !chromeReason(value.text.replace(/^\d[\d,]*$/, 'x'))) {
        kinds[i + 1] = 'meta';
        if (label === 'date') takePublished(head, publishedLine(value.text) ?? publishedLine(`date ${value.text}`), value, true);
        i++;
      } else if (value && label !== 'date' && /^\d[\d,]*$/.test(value.text)) {
        kinds[i + 1] = 'meta';
        i++;
      }
      continue;
    }
    if (chrome) {
      kinds[i] = 'chrome';
      why[i] = chrome;
      continue;
    }
    const pub = publishedLine(text);
    const author = BYLINE_AUTHOR.exec(text);
    if (pub || LABELLED.test(text) || (author && text.length <= 60)) {
      kinds[i] = 'meta';
      if (pub) takePublished(head, pub, lines[i]!);
      if (author && text.length <= 60) head.author ??= author[1] ?? author[2];
      continue;
    }
    kinds[i] = 'candidate';
  }

  // Before the title: numbered menus (`1. HOME`, `1. 어린이·청소년`) and lists of other articles (`- …`).
  const firstPlain = lines.findIndex((l, i) => kinds[i] === 'candidate' && !/^(?:\d{1,2}\.\s|[-•·▶☞]\s)/.test(l.text));
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] !== 'candidate' || (firstPlain >= 0 && i >= firstPlain)) continue;
    kinds[i] = 'chrome';
    why[i] = /^\d/.test(lines[i]!.text) ? 'numbered menu' : 'list of other articles';
  }

  const candidates = lines.map((l, i) => ({ l, i })).filter(({ i }) => kinds[i] === 'candidate');
  const text = (c: { l: Line }) => collapseSpace(c.l.text.replace(SECTION, ''));
  const repeated = (c: { l: Line; i: number }) => candidates.some((o) => o.i !== c.i && text(o) === text(c));
  const og = facts.ogTitle ? collapseSpace(facts.ogTitle) : undefined;
  const inHtmlTitle = (t: string) =>
    !!facts.htmlTitle && t.length >= 8 && new RegExp(`^${escape(t)}\\s*[|:–—-]|[|:–—-]\\s*${escape(t)}$|^${escape(t)}$`).test(collapseSpace(facts.htmlTitle));
  const title =
    (og ? candidates.find((c) => text(c) === og) : undefined) ??
    candidates.find((c) => !isNavLike(text(c)) && (!isSentenceLike(text(c)) || MEETING_WORD.test(text(c))) && (repeated(c) || inHtmlTitle(text(c)))) ??
    candidates.find((c) => !isNavLike(text(c)));

  if (title) {
    const section = SECTION.exec(title.l.text);
    if (section) head.section = section[1]!.trim();
    head.title = { ...title.l, text: text(title) };
  }
  const titleAt = title?.i ?? lines.length;
  // Deck: the lines between the title and the last byline or date line under it; after those, lines that
  // read as sub-headlines (list items, quotations) when the page has a byline or date. The first other line
  // under the title starts the text.
  const lastMeta = kinds.lastIndexOf('meta');
  const subHeadline = (line: Line) => lastMeta > titleAt && (line.hint === 'item' || /^[-•·]\s|^[“"‘']/.test(line.text));
  head.bodyAt = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (i === titleAt) continue;
    if (kinds[i] === 'chrome') head.removed.push({ line, why: why[i]! });
    else if (kinds[i] === 'meta') head.removed.push({ line, why: 'metadata' });
    else if (i < titleAt) head.removed.push({ line, why: isNavLike(line.text) ? 'site or menu name' : 'above the title' });
    else if (text({ l: line }) === head.title!.text) head.removed.push({ line, why: 'the title again' });
    else if (head.bodyAt === lines.length && (facts.deckCount !== undefined ? head.deck.length < facts.deckCount : i < lastMeta || subHeadline(line))) {
      head.deck.push({ ...line, text: line.text.replace(/^[-•·]\s+/, '') });
    } else if (head.bodyAt === lines.length) head.bodyAt = i;
  }
  return head;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The best publication line: a labelled one over a modification date over a bare date. */
function takePublished(head: Head, pub: PublishedLine | undefined, line: Line, labelled = false): void {
  if (!pub) return;
  const p = labelled && pub.label === 'bare' ? { ...pub, label: 'published' as const } : pub;
  const rank = (x: PublishedLine) => (x.label === 'published' ? 2 : x.label === 'bare' ? 1 : 0);
  if (!head.published || rank(p) > rank(head.published)) head.published = { ...p, line: line.n };
}
