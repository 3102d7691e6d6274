/**
 * The cache keys of Astro's incremental build (`cacheKey` from getStaticPaths). Each page is rendered from one
 * view — plain data computed in src/lib/browse before any page renders, holding exactly what the page prints —
 * and its key is the digest of that view, so a rebuild renders again only the pages whose view changed and
 * copies the rest from the last build. What is not in a view is code (the templates, the dictionaries, this
 * model), which Astro hashes per route itself, or the site's settings, which are in its configuration hash.
 *
 * The rule that makes the keys right: a template reads its view and nothing else of the archive. The
 * differential test (tests/e2e/incremental.test.ts) compares incremental builds with clean ones after random
 * edits to hold every route to it.
 */
import type { Archive } from '../model/archive.ts';
import { LANGS, type Lang } from '../../schemas/langs.ts';
import { digestOf } from './digest.ts';

export interface KeyedPath<P, V> {
  params: P;
  props: { view: V };
  cacheKey: string;
}

/**
 * getStaticPaths entries whose props are each page's view and whose cache key is its digest. Every page also
 * shows whether the archive is synthetic (the benchmark's banner).
 *
 * `keyOf` may give what is digested in the view's place, when the view holds large records shared with other
 * views (a document version, with its text, is in its article's view and in its side-by-side view): each such
 * record is then digested once (sharedDigest) and its digest stands for it. It must stand for the whole view.
 */
export function keyedPaths<P, V>(archive: Archive, pages: readonly { params: P; view: V }[], keyOf: (view: V) => unknown = (view) => view): KeyedPath<P, V>[] {
  return pages.map(({ params, view }) => ({ params, props: { view }, cacheKey: digestOf([archive.synthetic, keyOf(view)]) }));
}

const shared = new WeakMap<object, string>();

/** The digest of a record shared by several views, computed once per build. */
export function sharedDigest(record: object): string {
  let digest = shared.get(record);
  if (digest === undefined) shared.set(record, (digest = digestOf(record)));
  return digest;
}

const inputDigests = new WeakMap<Archive, string>();

/**
 * The digest of all the archive's records, once per build: the view of a file made from all of them (the open
 * data) holds this instead of the records, which would be digested again for every such file.
 */
export function recordsDigest(archive: Archive): string {
  let digest = inputDigests.get(archive);
  if (digest === undefined) inputDigests.set(archive, (digest = digestOf(archive.input)));
  return digest;
}

/** The keyed paths of a page that exists once per language (`/ko/…`, `/en/…`). */
export function perLanguage<V>(archive: Archive, view: (lang: Lang) => V): KeyedPath<{ lang: Lang }, V & { lang: Lang }>[] {
  return keyedPaths(
    archive,
    LANGS.map((lang) => ({ params: { lang }, view: { ...view(lang), lang } })),
  );
}
