import { LANGS } from '../schemas/common.ts';

/** getStaticPaths for a page that exists once per language: `/ko/…` and `/en/…`. */
export const pathsPerLanguage = () => LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
