import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  headersFor,
  metaContentSecurityPolicy,
  parseHeadersFile,
  securityHeaders,
} from '../../../src/lib/publish/security-headers.ts';
import { PROJECT_ROOT } from '../../../src/dev/tools/astro-build.ts';

describe('security headers (보안 헤더)', () => {
  it('allow only the site itself, plus the WebAssembly compilation Pagefind needs', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'|\*|https?:/);
  });

  it('leave header-only directives out of the <meta> policy', () => {
    expect(metaContentSecurityPolicy()).not.toContain('frame-ancestors');
    expect(metaContentSecurityPolicy()).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('write a _headers file that reads back to the same headers, under the deploy base', () => {
    const rules = parseHeadersFile(headersFile('/archive/'));
    expect(rules).toHaveLength(1);
    expect(rules[0]!.pattern).toBe('/archive/*');
    const headers = headersFor(rules, '/archive/ko/documents/x/');
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(headersFor(rules, '/elsewhere/')).toEqual({});
  });

  it('read the _headers syntax of Netlify and Cloudflare, and reject a header outside a path', () => {
    const rules = parseHeadersFile('# comment\n/*\n  X-A: 1\n/data/*\n  X-B: 2\n');
    expect(headersFor(rules, '/data/meetings.json')).toEqual({ 'X-A': '1', 'X-B': '2' });
    expect(headersFor(rules, '/ko/')).toEqual({ 'X-A': '1' });
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/not under a path/);
  });

  it("are the ones the README's nginx recipe sends", () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
    const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)![1]!;
    const sent = Object.fromEntries([...nginx.matchAll(/add_header (\S+) (?:"([^"]*)"|(\S+)) always;/g)].map((m) => [m[1], m[2] ?? m[3]]));
    expect(sent).toEqual(securityHeaders());
  });

  it('give files a type by pattern, `:name` standing for one path segment', () => {
    const rules = parseHeadersFile(headersFile('/archive/', [{ path: '/:lang/documents/:id/cite.ris', contentType: 'application/x-research-info-systems' }]));
    expect(headersFor(rules, '/archive/ko/documents/2024-06-01-x/cite.ris')['Content-Type']).toBe('application/x-research-info-systems');
    expect(headersFor(rules, '/archive/ko/documents/2024-06-01-x/cite.ris')['X-Content-Type-Options']).toBe('nosniff');
    expect(headersFor(rules, '/archive/ko/documents/a/b/cite.ris')['Content-Type']).toBeUndefined();
    expect(headersFor(rules, '/archive/ko/documents/x/cite.bib')['Content-Type']).toBeUndefined();
  });
});
