import { withBase } from '../lib/model/urls.ts';

/** A root-relative path as a link under the deploy base (BASE_PATH): what every `href` on a page goes through. */
export const href = (path: string): string => withBase(import.meta.env.BASE_URL, path);
