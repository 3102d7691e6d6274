import { escapeRegExp } from '../text/regexp.ts';

/**
 * The site's security policy, in one place: written to `dist/_headers` (Netlify, Cloudflare Pages) and, for
 * hosts that cannot send headers (GitHub Pages, S3), as a `<meta>` policy in every page.
 *
 * Everything comes from the site's own origin. Pagefind compiles its WebAssembly (`'wasm-unsafe-eval'`) and
 * runs a worker from its own script file; nothing else is needed — no inline script or style anywhere.
 */
export const CSP_DIRECTIVES: readonly (readonly [string, ...string[]])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'", "'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

// Browsers ignore these in a <meta> policy (and warn about them): they only work as headers.
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

const serialize = (directives: typeof CSP_DIRECTIVES) => directives.map((d) => d.join(' ')).join('; ');

/** The Content-Security-Policy header value. */
export const contentSecurityPolicy = (): string => serialize(CSP_DIRECTIVES);

/** The same policy for `<meta http-equiv="Content-Security-Policy">`. */
export const metaContentSecurityPolicy = (): string => serialize(CSP_DIRECTIVES.filter(([name]) => !HEADER_ONLY.has(name)));

/** Every response's security headers. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  };
}

/** A file type a host would not know by the extension alone, as a `_headers` rule (`:name` matches one path segment). */
export interface ContentTypeRule {
  /** Root-relative path pattern, e.g. `/:lang/documents/:id/cite.ris`. */
  path: string;
  contentType: string;
}

/**
 * `_headers` (Netlify and Cloudflare Pages syntax): the security headers for every path under the base, then the
 * Content-Type of files whose extension hosts do not map (reference managers pick RIS and BibTeX up by type).
 */
export function headersFile(base: string, contentTypes: readonly ContentTypeRule[] = []): string {
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  const types = contentTypes.map((t) => `${base}${t.path.replace(/^\//, '')}\n  Content-Type: ${t.contentType}\n`);
  return `# Security headers for every page and file (written by the build from src/lib/publish/security-headers.ts).\n${base}*\n${lines.join('\n')}\n${types.join('')}`;
}

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/**
 * Reads a `_headers` file: path patterns (`*` matches anything, `:name` one path segment) each followed by
 * indented `Name: value` lines.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not under a path or has no "Name: value"`);
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** The headers a host applying `rules` sends for `path`. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const segment = (part: string) =>
    part
      .split(/:[A-Za-z]\w*/)
      .map((p) => escapeRegExp(p))
      .join('[^/]+');
  const matches = (pattern: string) => new RegExp(`^${pattern.split('*').map(segment).join('.*')}$`).test(path);
  return Object.assign({}, ...rules.filter((r) => matches(r.pattern)).map((r) => r.headers));
}
