/**
 * Digests of page views, for the cache keys of Astro's incremental build (`cacheKey` from getStaticPaths).
 * A page's key is the digest of everything it shows, so an edit re-renders exactly the pages whose view
 * changed. A view is plain data (no functions, maps or classes: tests/lib/build checks every kind of view),
 * so its JSON is all of it; JSON.stringify is the fastest way to read it whole (a faster one than walking it
 * in JavaScript, even remembering the rows that many lists share).
 */
import { hash } from 'node:crypto';

/** The digest of a view: equal views give equal digests, any difference in what they hold changes it. */
export function digestOf(value: unknown): string {
  return hash('sha256', JSON.stringify(value) ?? 'undefined', 'base64url').slice(0, 32);
}
