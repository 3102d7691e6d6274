/**
 * Digests of page views, for the cache keys of Astro's incremental build (`cacheKey` from getStaticPaths).
 * A page's key is the digest of everything it shows, so an edit re-renders exactly the pages whose view
 * changed. Views share records and list rows (a meeting row appears in up to ten lists), so each object is
 * encoded once per build and later views reuse its encoding.
 */
import { createHash } from 'node:crypto';

const sha = (text: string): string => createHash('sha256').update(text).digest('base64url').slice(0, 32);

// Encodings longer than this are replaced by their hash, so a list of a thousand shared rows costs a thousand
// short strings when it is encoded again.
const INLINE_LIMIT = 96;

/**
 * Encodes values as canonical JSON-like text (keys in insertion order, `undefined` members left out as
 * JSON.stringify leaves them out), remembering every object's encoding. Views are read-only during a build:
 * an object's encoding cannot change once taken.
 */
export class Digester {
  private readonly memo = new WeakMap<object, string>();

  /** The digest of a value: equal views give equal digests, any difference in what they hold changes it. */
  of(value: unknown): string {
    return sha(this.encode(value));
  }

  private encode(value: unknown): string {
    if (value === null) return 'null';
    switch (typeof value) {
      case 'string':
        return JSON.stringify(value);
      case 'number':
      case 'boolean':
        return String(value);
      case 'undefined':
        return 'u';
      case 'object':
        break;
      default:
        throw new TypeError(`a page view holds a ${typeof value}: views must be plain data`);
    }
    const known = this.memo.get(value);
    if (known !== undefined) return known;
    let text: string;
    if (Array.isArray(value)) {
      text = `[${value.map((v) => this.encode(v)).join(',')}]`;
    } else {
      if (value instanceof Date) return `d${value.toISOString()}`;
      if (value instanceof Map || value instanceof Set) {
        throw new TypeError(`a page view holds a ${value.constructor.name}: views must be plain data`);
      }
      const parts: string[] = [];
      for (const [key, member] of Object.entries(value)) {
        if (member !== undefined) parts.push(`${JSON.stringify(key)}:${this.encode(member)}`);
      }
      text = `{${parts.join(',')}}`;
    }
    if (text.length > INLINE_LIMIT) text = `#${sha(text)}`;
    this.memo.set(value, text);
    return text;
  }
}
