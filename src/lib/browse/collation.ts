import type { Lang } from '../../schemas/langs.ts';

/** How names sort in each language: Hangul order (가나다), and Latin letters without case or accents. */
export const COLLATOR: Record<Lang, Intl.Collator> = { ko: new Intl.Collator('ko'), en: new Intl.Collator('en', { sensitivity: 'base' }) };
