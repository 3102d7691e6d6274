/** The two languages every page, message and document version exists in. Free of zod: the browser code imports it. */
export const LANGS = ['ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];
