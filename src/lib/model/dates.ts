import type { Lang } from '../../schemas/common.ts';
import { LOCALE } from '../i18n/index.ts';

// Dates are calendar dates: format them in UTC so no time zone can move them by a day.
const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  ko: new Intl.DateTimeFormat(LOCALE.ko, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(LOCALE.en, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long', timeZone: 'UTC' }),
};
const shortFormats: Record<Lang, Intl.DateTimeFormat> = {
  ko: new Intl.DateTimeFormat(LOCALE.ko, { month: 'long', day: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(LOCALE.en, { month: 'short', day: 'numeric', timeZone: 'UTC' }),
};

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

// Thousands of pages print the same few thousand dates; Intl's formatToParts is costly enough to remember.
const formatted: Record<Lang, Map<string, string>> = { ko: new Map(), en: new Map() };

/** `2024년 5월 31일 (금)` / `Friday 31 May 2024`. */
export function formatDate(iso: string, lang: Lang): string {
  let text = formatted[lang].get(iso);
  if (text === undefined) formatted[lang].set(iso, (text = formatDateUncached(iso, lang)));
  return text;
}

function formatDateUncached(iso: string, lang: Lang): string {
  const parts = dateFormats[lang].formatToParts(asDate(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  if (lang === 'ko') return `${get('year')}년 ${get('month')} ${get('day')}일 (${get('weekday')})`;
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}`;
}

/** `5월 31일` / `31 May`, for rows already grouped by year. */
export function formatShortDate(iso: string, lang: Lang): string {
  return shortFormats[lang].format(asDate(iso));
}

export const yearOf = (iso: string): string => iso.slice(0, 4);

const monthFormats: Record<Lang, Intl.DateTimeFormat> = {
  ko: new Intl.DateTimeFormat(LOCALE.ko, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat(LOCALE.en, { year: 'numeric', month: 'short', timeZone: 'UTC' }),
};

/** A year or year-month (`2024`, `2024-01`) as `2024년 1월` / `Jan 2024`. */
export function formatMonth(partial: string, lang: Lang): string {
  if (/^\d{4}$/.test(partial)) return lang === 'ko' ? `${partial}년` : partial;
  return monthFormats[lang].format(asDate(`${partial.slice(0, 7)}-01`));
}

/** `2024년 5월 29일 (수) – 6월 2일 (일)` / `Wednesday 29 May – Sunday 2 June 2024`: a span of days, or one day. */
export function formatDateRange(start: string, end: string, lang: Lang): string {
  if (start === end) return formatDate(start, lang);
  const [a, b] = [formatDate(start, lang), formatDate(end, lang)];
  if (yearOf(start) !== yearOf(end)) return `${a} – ${b}`;
  // The year once, where each language writes it: before the span in Korean, after it in English.
  return lang === 'ko' ? `${a} – ${b.replace(/^\d+년 /, '')}` : `${a.replace(/ \d{4}$/, '')} – ${b}`;
}
