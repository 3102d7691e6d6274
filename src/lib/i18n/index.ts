import type { Lang } from '../../schemas/common.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

type Widen<T> = T extends string ? string : T extends (...args: infer A) => infer R ? (...args: A) => Widen<R> : { -readonly [K in keyof T]: Widen<T[K]> };

/** The shape every language's dictionary must have: the Korean one, with its strings widened. */
export type Dictionary = Widen<typeof ko>;

const DICTIONARIES: Record<Lang, Dictionary> = { ko, en };

/** The UI strings of one language. */
export function t(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

export const otherLang = (lang: Lang): Lang => (lang === 'ko' ? 'en' : 'ko');

/** BCP 47 tags for Intl and for `lang`/`hreflang` attributes. */
export const LOCALE: Record<Lang, string> = { ko: 'ko-KR', en: 'en-GB' };
