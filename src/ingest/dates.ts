/**
 * Dates as the sources print them. Publication dates carry their year (`2024.06.01`, `기사입력 2024/11/15 [20:35]`,
 * `등록 2018-06-29 16:22:19`, `Date 2024-03-18`, `June 1, 2024`); meeting dates in a body mostly do not
 * (`5.31.(금)`, `지난 14일`, `on the morning of May 31 (Friday)`, `on June 14`) and take their year from the
 * publication date.
 */
import { ENGLISH_MONTHS } from '../lib/text/months.ts';
import type { PartOfDay } from '../schemas/meeting.ts';

export interface Stamp {
  date: string;
  time?: string;
}

const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const monthOf = (name: string) => ENGLISH_MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace('.', '').slice(0, 3))) + 1;

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD for a real calendar date, else undefined (2021-02-30 is not one). */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1)) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : undefined;
}

const NUMERIC =
  /(?<!\d)((?:19|20)\d{2})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})(?!\d)\s*[.일]?(?:\s*\([^)]{1,3}\))?(?:\s*[\[(]?\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*[\])]?)?/;
// `June 1, 2024`, `Feb. 4, 2015 - 15:38`, `October. 03, 2013 03:54`.
const ENGLISH_MDY = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})\\b(?:,?\\s+(?:-\\s+)?(\\d{1,2}):(\\d{2}))?`, 'i');
const ENGLISH_DMY = new RegExp(`\\b(\\d{1,2})\\s+${MONTH_NAME}\\s+((?:19|20)\\d{2})\\b`, 'i');

/** The first full date (with its time, if printed next to it) in a line. */
export function findStamp(line: string): (Stamp & { index: number; length: number }) | undefined {
  const hits: (Stamp & { index: number; length: number })[] = [];
  const n = NUMERIC.exec(line);
  if (n) {
    const date = isoDate(Number(n[1]), Number(n[2]), Number(n[3]));
    const time = n[4] !== undefined && Number(n[4]) < 24 && Number(n[5]) < 60 ? `${pad(Number(n[4]))}:${n[5]}` : undefined;
    if (date) hits.push({ date, ...(time ? { time } : {}), index: n.index, length: n[0].length });
  }
  const e = ENGLISH_MDY.exec(line);
  if (e) {
    const date = isoDate(Number(e[3]), monthOf(e[1]!), Number(e[2]));
    const time = e[4] !== undefined && Number(e[4]) < 24 ? `${pad(Number(e[4]))}:${e[5]}` : undefined;
    if (date) hits.push({ date, ...(time ? { time } : {}), index: e.index, length: e[0].length });
  }
  const f = ENGLISH_DMY.exec(line);
  if (f) {
    const date = isoDate(Number(f[3]), monthOf(f[2]!), Number(f[1]));
    if (date) hits.push({ date, index: f.index, length: f[0].length });
  }
  return hits.sort((a, b) => a.index - b.index)[0];
}

// Labels of the publication date; a "modified" date is used only when nothing else is printed.
const PUBLISHED_LABEL =
  /(기사입력|입력|기사등록|등록일?|작성일?|게시일?|발행일?|보도일?|배포일시|배포일?|송고시간|승인|date|posted(?: on)?|published(?: on)?|released?|write|written)\s*[:：]?\s*$/i;
const MODIFIED_LABEL = /(수정일?|최종\s*수정|업데이트|updated|last updated|modified|update)\s*[:：]?\s*$/i;
// A time, or a section and a time, printed before the date: `18:57 April 09, 2021`, `Diplomacy 12:19 September 22, 2021`.
const TIME_BEFORE = /^(?:[A-Z][A-Za-z&]{2,20}\s+)?(\d{1,2}):(\d{2})\s+$/;

export interface PublishedLine extends Stamp {
  /** Where the line said it: a labelled stamp, a modification date, or a bare date at the top of the page. */
  label: 'published' | 'modified' | 'bare';
  /** The line's text around the stamp (e.g. the issuer in `2024.06.01 외교부`). */
  rest: string;
}

/** A line that gives the publication date, if it is one: short, and a date labelled or standing first. */
export function publishedLine(line: string): PublishedLine | undefined {
  if (line.length > 90) return undefined;
  const stamp = findStamp(line);
  if (!stamp) return undefined;
  const before = line.slice(0, stamp.index);
  const rest = `${before.replace(PUBLISHED_LABEL, '').replace(MODIFIED_LABEL, '')} ${line.slice(stamp.index + stamp.length)}`.replace(/\s+/g, ' ').trim();
  const base = { date: stamp.date, ...(stamp.time ? { time: stamp.time } : {}), rest };
  if (MODIFIED_LABEL.test(before)) return { ...base, label: 'modified' };
  if (PUBLISHED_LABEL.test(before)) return { ...base, label: 'published' };
  if (!before.trim() || /[|·•]\s*$/.test(before)) return { ...base, label: 'bare' };
  // A portal prints the outlet's name before the date: `KBS 2021. 10. 6. 06:36`.
  if (/^(?:[A-Z][A-Za-z0-9&.]{1,15}|[가-힣]{1,8}\d?(?:뉴스|일보|신문|경제|방송|TV)?)\s+$/.test(before) && !line.slice(stamp.index + stamp.length).trim())
    return { ...base, label: 'bare' };
  const time = TIME_BEFORE.exec(before);
  if (time && Number(time[1]) < 24) return { date: stamp.date, time: `${pad(Number(time[1]))}:${time[2]}`, rest: '', label: 'bare' };
  return undefined;
}

/**
 * A publication date printed after the text: Yonhap's `<저작권자 …> 2017/02/07 17:17 송고`, a closing
 * `Posted February 23, 2024` or `Published: 2023-05-26`. Only such labelled lines count: a footer's outlet
 * registration date (`등록일자 2005.03.02`) is not a publication date.
 */
export function trailingPublished(line: string): PublishedLine | undefined {
  const sent = /((?:19|20)\d{2}\/\d{2}\/\d{2}\s+\d{1,2}:\d{2})\s*송고$/.exec(line);
  if (sent) {
    const stamp = findStamp(sent[1]!);
    return stamp ? { date: stamp.date, ...(stamp.time ? { time: stamp.time } : {}), rest: '', label: 'published' } : undefined;
  }
  if (line.length > 60 || /등록일자|등록번호|창간/.test(line)) return undefined;
  const p = publishedLine(line);
  return p && p.label === 'published' ? p : undefined;
}

/**
 * The date a wire's lead prints before its text: `서울--(뉴스와이어) 2010년 02월 10일 -- …`. (A news agency's
 * dateline, `SEOUL, Nov. 3 (Yonhap) --`, gives no year: see `datelineDate`.)
 */
export function leadPublished(lead: string): PublishedLine | undefined {
  const m =
    /^.{0,40}?(?:--|—)\s*\(?[^)]{0,20}\)?\s*((?:19|20)\d{2}\s*[년.\-/]\s*\d{1,2}\s*[월.\-/]\s*\d{1,2}\s*일?)\s*(?:--|—)/.exec(lead) ??
    /^.{0,40}?\)\s*((?:19|20)\d{2}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일)\s*(?:--|—)/.exec(lead);
  const stamp = m ? findStamp(m[1]!) : undefined;
  return stamp ? { date: stamp.date, rest: '', label: 'published' } : undefined;
}

// `SEOUL, Nov. 3 (Yonhap) --`, `WASHINGTON, June 14 (Yonhap) --`, `(서울=연합뉴스) 김동현 기자 =`: where a lead starts.
const DATELINE = new RegExp(`^([A-Z][A-Za-z .'-]{1,30}),\\s+${MONTH_NAME}\\s+(\\d{1,2})\\s+\\([^)]{2,30}\\)\\s*(?:--|—|-)\\s*`);

/** A news agency's dateline at the start of a lead, and its month and day (`SEOUL, Nov. 3 (Yonhap) --`). */
export function datelineOf(lead: string): { text: string; month: number; day: number } | undefined {
  const m = DATELINE.exec(lead);
  return m ? { text: m[0], month: monthOf(m[2]!), day: Number(m[3]) } : undefined;
}

export interface MeetingDate {
  date: string;
  partOfDay?: PartOfDay;
  time?: string;
  /** The words the date was read from, for messages. */
  text: string;
  /** How sure: a month and day with a weekday that fits, a month and day, or a day of the month only. */
  strength: 3 | 2 | 1;
}

const KO_WEEKDAYS = '일월화수목금토';
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * The year for a month and day printed without one: the latest date not more than two weeks after the
 * publication date (a release reports a meeting of the past days, or one announced for the coming days).
 */
export function resolveYear(month: number, day: number, published: string | undefined, weekday?: number): string | undefined {
  if (!published) return undefined;
  const pub = Date.parse(`${published}T00:00:00Z`);
  const year = Number(published.slice(0, 4));
  const candidates = [year + 1, year, year - 1]
    .map((y) => isoDate(y, month, day))
    .filter((d): d is string => !!d && Date.parse(`${d}T00:00:00Z`) <= pub + 14 * 864e5);
  const fitting = weekday === undefined ? candidates : candidates.filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === weekday);
  return (fitting[0] ?? candidates[0]) || undefined;
}

/** A day of the month without its month (`지난 14일`, `29일`): the latest such day on or before publication. */
export function resolveDay(day: number, published: string | undefined): string | undefined {
  if (!published) return undefined;
  let year = Number(published.slice(0, 4));
  let month = Number(published.slice(5, 7));
  if (day > Number(published.slice(8, 10))) {
    month -= 1;
    if (month === 0) [year, month] = [year - 1, 12];
  }
  return isoDate(year, month, day);
}

const KO_PART = /^\s*(?:\([^)]*\))?\s*(오전|오후|저녁|밤|새벽|아침)(?:\s*(\d{1,2})시(?:\s*(\d{1,2})분)?)?/;
const EN_PART_BEFORE = /\b(morning|afternoon|evening|night)\s+of\s+$/i;

function koPart(after: string): { partOfDay?: PartOfDay; time?: string } {
  const m = KO_PART.exec(after);
  if (!m) return {};
  const partOfDay: PartOfDay = m[1] === '오후' ? 'afternoon' : m[1] === '저녁' || m[1] === '밤' ? 'evening' : 'morning';
  if (!m[2]) return { partOfDay };
  let hour = Number(m[2]);
  if (m[1] !== '오전' && m[1] !== '새벽' && m[1] !== '아침' && hour < 12) hour += 12;
  return hour < 24 ? { partOfDay, time: `${pad(hour)}:${pad(Number(m[3] ?? 0))}` } : { partOfDay };
}

/** Every meeting-like date in a text, in order, with the year resolved from the publication date. */
export function meetingDates(text: string, published: string | undefined): MeetingDate[] {
  const out: (MeetingDate & { at: number })[] = [];
  // 5.31.(금), 5.31(금), 5. 31.(금) — and 5.27 alone, a month and day without weekday.
  for (const m of text.matchAll(/(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.?(?:\s?\(([일월화수목금토])\))?(?![\d.]*\d)/g)) {
    const weekday = m[3] ? KO_WEEKDAYS.indexOf(m[3]) : undefined;
    const date = resolveYear(Number(m[1]), Number(m[2]), published, weekday);
    if (date) out.push({ date, ...koPart(text.slice(m.index + m[0].length)), text: m[0], strength: m[3] ? 3 : 2, at: m.index });
  }
  // 5월 31일(금) — not the month and day of a full date (2010년 02월 10일).
  for (const m of text.matchAll(/(?<![\d년]\s?)(?<!\d)(\d{1,2})월\s?(\d{1,2})일(?:\s?\(([일월화수목금토])\))?/g)) {
    const weekday = m[3] ? KO_WEEKDAYS.indexOf(m[3]) : undefined;
    const date = resolveYear(Number(m[1]), Number(m[2]), published, weekday);
    if (date) out.push({ date, ...koPart(text.slice(m.index + m[0].length)), text: m[0], strength: m[3] ? 3 : 2, at: m.index });
  }
  // 지난 14일, 29일, 어제(9일) (a day of this or last month); not 14일간, not 5월 14일 (above).
  for (const m of text.matchAll(/(?<![\d월.])(?:(지난|오는)\s?)?(?<!\d\s?)(\d{1,2})일(?![간째\d])/g)) {
    if (/\d월\s?$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const date = m[1] === '오는' ? resolveDayAhead(Number(m[2]), published) : resolveDay(Number(m[2]), published);
    if (date) out.push({ date, ...koPart(text.slice(m.index + m[0].length)), text: m[0], strength: 1, at: m.index });
  }
  // 오늘, 어제, 그제 without the day printed: counted from publication.
  for (const m of text.matchAll(/(?<![가-힣])(오늘|어제|그제|그저께)(?![(（]\s?\d)(?=\s|$|[,.])/g)) {
    const date = published ? addDays(published, { 오늘: 0, 어제: -1, 그제: -2, 그저께: -2 }[m[1] as '오늘']) : undefined;
    if (date) out.push({ date, ...koPart(text.slice(m.index + m[0].length)), text: m[0], strength: 1, at: m.index });
  }
  // May 31 (Friday), June 14 — with "the morning of" before it.
  for (const m of text.matchAll(new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+(?:19|20)\\d{2})(?:\\s*\\((\\w+day)\\))?`, 'gi'))) {
    // Month names are capitalised: "may" is a verb.
    if (!/^[A-Z]/.test(m[1]!)) continue;
    const weekday = m[3] ? EN_WEEKDAYS.indexOf(m[3].toLowerCase()) : undefined;
    const date = resolveYear(monthOf(m[1]!), Number(m[2]), published, weekday !== undefined && weekday >= 0 ? weekday : undefined);
    const part = EN_PART_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index));
    const partOfDay = part ? (part[1]!.toLowerCase() === 'night' ? 'evening' : (part[1]!.toLowerCase() as PartOfDay)) : undefined;
    if (date) out.push({ date, ...(partOfDay ? { partOfDay } : {}), text: m[0], strength: m[3] ? 3 : 2, at: m.index });
  }
  // on the 14th
  for (const m of text.matchAll(/\bon the (\d{1,2})(?:st|nd|rd|th)\b/gi)) {
    const date = resolveDay(Number(m[1]), published);
    if (date) out.push({ date, text: m[0], strength: 1, at: m.index });
  }
  // A weekday alone (`held phone talks Friday`, `on Tuesday (local time)`, `will meet on Saturday`): the last
  // such day on or before publication, or the next one when the sentence looks ahead. Not a weekday that
  // follows a month and day (above), nor the day a source spoke (`a diplomatic source said Wednesday`).
  for (const m of text.matchAll(/\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g)) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (/\(\s*$/.test(before) || new RegExp(`${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s*$`, 'i').test(before)) continue;
    if (/\b(?:said|says|told|announced|reported|added|noted)\s+(?:on\s+)?$/i.test(before)) continue;
    // The sentence so far: from the last full stop that ends one (not that of `U.S.` or `Nov.`).
    const ends = [...text.slice(0, m.index).matchAll(/[.!?](?=\s+[A-Z"“])/g)].filter(
      (e) => !/(?:\b[A-Z]|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Ms|Dr|St))$/.test(text.slice(0, e.index)),
    );
    const sentence = text.slice(ends.length ? ends.at(-1)!.index + 1 : 0, m.index);
    const ahead = /\b(?:will|to hold|to meet|is to|are to|plans? to|is expected to|are expected to|slated|scheduled|set to|upcoming|next)\b/i.test(sentence);
    const date = published ? weekdayNear(published, EN_WEEKDAYS.indexOf(m[1]!.toLowerCase()), ahead) : undefined;
    const part = /^\s+(morning|afternoon|evening|night)\b/i.exec(text.slice(m.index + m[0].length));
    const partOfDay = part ? (part[1]!.toLowerCase() === 'night' ? 'evening' : (part[1]!.toLowerCase() as PartOfDay)) : undefined;
    if (date) out.push({ date, ...(partOfDay ? { partOfDay } : {}), text: m[0], strength: 1, at: m.index });
  }
  return out.sort((a, b) => a.at - b.at).map(({ at: _at, ...d }) => d);
}

/** YYYY-MM-DD moved by a number of days. */
export function addDays(iso: string, days: number): string {
  const d = new Date(Date.parse(`${iso}T00:00:00Z`) + days * 864e5);
  return d.toISOString().slice(0, 10);
}

/** The given weekday (0 = Sunday) nearest a date: the last one on or before it, or with `ahead` the next one on or after it. */
export function weekdayNear(iso: string, weekday: number, ahead = false): string {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return ahead ? addDays(iso, (weekday - day + 7) % 7) : addDays(iso, -((day - weekday + 7) % 7));
}

/** A day of the month announced ahead (`오는 14일`): the first such day on or after publication. */
export function resolveDayAhead(day: number, published: string | undefined): string | undefined {
  if (!published) return undefined;
  let year = Number(published.slice(0, 4));
  let month = Number(published.slice(5, 7));
  if (day < Number(published.slice(8, 10))) {
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
  return isoDate(year, month, day);
}

/** How long a meeting lasted, where the text says (`33분간`, `1시간 동안`, `for 40 minutes`). */
export function durationMinutes(text: string): number | undefined {
  const ko = /(?<!\d)(\d{1,2})시간\s*(?:(\d{1,2})분\s*)?(?:간|동안)|(?<!\d)(\d{1,3})분\s*(?:간|동안)/.exec(text);
  if (ko) return ko[1] ? Number(ko[1]) * 60 + Number(ko[2] ?? 0) : Number(ko[3]);
  const en = /\bfor (?:about |some |approximately )?(\d{1,3}) minutes\b/i.exec(text) ?? /\b(\d{1,3})-minute\b/i.exec(text);
  if (en) return Number(en[1]);
  const hours = /\bfor (?:about |some )?(an|one|two|\d) hours?\b/i.exec(text);
  if (hours) return ({ an: 1, one: 1, two: 2 }[hours[1]!.toLowerCase()] ?? Number(hours[1])) * 60;
  return undefined;
}

/** Month and day (`MM-DD`) of every date the text prints without a year, for matching when no year is known. */
export function monthDays(text: string): string[] {
  const out: string[] = [];
  const add = (month: number, day: number) => {
    if (isoDate(2000, month, day)) out.push(`${pad(month)}-${pad(day)}`);
  };
  for (const m of text.matchAll(/(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.?(?:\s?\([일월화수목금토]\))?(?![\d.]*\d)/g)) add(Number(m[1]), Number(m[2]));
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})월\s?(\d{1,2})일/g)) add(Number(m[1]), Number(m[2]));
  for (const m of text.matchAll(new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'g'))) {
    if (/^[A-Z]/.test(m[1]!)) add(monthOf(m[1]!), Number(m[2]));
  }
  return out;
}
