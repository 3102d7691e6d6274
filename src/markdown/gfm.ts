/**
 * How the archive reads Markdown, everywhere it reads it (the article pages through Astro, the side-by-side
 * pages, the search text, the alignment of versions): CommonMark with GitHub's tables, task lists, footnotes
 * and autolinks, but a single `~` is a character. Korean releases write ranges with it (`6.3.(월)~6.5.(수)`,
 * `10~12일`), and GFM's default reads two of them in a paragraph as strikethrough; `~~` still strikes through.
 */
import remarkGfm, { type Options } from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export const GFM_OPTIONS: Readonly<Options> = Object.freeze({ singleTilde: false });

/** remark-gfm with the archive's options, as a `[plugin, options]` pair for a plugin list. */
export const remarkArchiveGfm = [remarkGfm, GFM_OPTIONS] as const;

/** A parser of bodies into mdast, as the pages read them. */
export const markdownParser = unified().use(remarkParse).use(remarkGfm, GFM_OPTIONS).freeze();
