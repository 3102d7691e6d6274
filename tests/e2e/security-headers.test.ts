import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy, metaContentSecurityPolicy, parseHeadersFile, headersFor } from '../../src/lib/publish/security-headers.ts';
import { servedSite } from './support/browser.ts';
import { builtPages } from './support/pages.ts';

describe('the security policy (보안 정책) holds on every built page', () => {
  const dist = inject('distDir');
  const built = builtPages(dist);
  // Paths relative to the served root: '' is the chooser.
  const pages = built.map((p) => p.path.slice(1));
  const site = servedSite();

  it('ships a _headers file with the policy, nosniff and a referrer policy for every path', () => {
    const headers = headersFor(parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')), '/ko/documents/x/');
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBeTruthy();
  });

  it('has no inline script, style or event handler that the policy would block, and carries the policy as <meta>', () => {
    expect(pages.length).toBeGreaterThan(50);
    const offences: string[] = [];
    for (const { path, html } of built) {
      const page = path.slice(1);
      for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
        if (!/\ssrc="/.test(tag) && !/type="application\/ld\+json"/.test(tag)) offences.push(`${page}: ${tag}`);
      }
      for (const [m] of html.matchAll(/<style\b|\sstyle="|\son[a-z]+="|javascript:/gi)) offences.push(`${page}: ${m}`);
      if (!html.includes(`<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy()}"`)) offences.push(`${page}: no <meta> policy`);
    }
    expect(offences).toEqual([]);
  });

  it('runs every page in Chromium under the headers without a single policy violation', async () => {
    const tab = await site.browser.newPage();
    // Violations are events on the document; the init script keeps them across navigations in sessionStorage.
    await tab.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => {
      const seen = JSON.parse(sessionStorage.getItem('csp') || '[]');
      seen.push(location.pathname + ': ' + e.violatedDirective + ' ' + e.blockedURI);
      sessionStorage.setItem('csp', JSON.stringify(seen));
    });`);
    const errors: string[] = [];
    tab.on('console', (m) => m.type() === 'error' && errors.push(`${tab.url()}: ${m.text()}`));
    tab.on('pageerror', (e) => errors.push(`${tab.url()}: ${e.message}`));
    let checked = 0;
    try {
      for (const page of pages) {
        const res = await tab.goto(site.server.url + page, { waitUntil: 'load' });
        if (page !== '404.html') expect(res?.status(), page).toBe(200);
        expect(res?.headers()['content-security-policy'], page).toBe(contentSecurityPolicy());
        checked++;
      }
      expect(checked).toBe(pages.length);
      expect(JSON.parse((await tab.evaluate(`sessionStorage.getItem('csp')`)) ?? '[]')).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await tab.close();
    }
  });

  for (const [lang, q] of [
    ['ko', '블링컨'],
    ['en', 'Blinken'],
  ] as const) {
    it(`searches under the policy (Pagefind's WebAssembly and worker allowed): ${lang}`, async () => {
      const tab = await site.browser.newPage();
      const violations: string[] = [];
      await tab.exposeFunction('reportViolation', (v: string) => violations.push(v));
      await tab.addInitScript(`document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI));`);
      try {
        await tab.goto(`${site.server.url}${lang}/search/?q=${encodeURIComponent(q)}`);
        await tab.locator('[data-search-results] .search-result').first().waitFor();
        await tab.locator('[data-counted]').waitFor({ state: 'attached' });
        expect(await tab.locator('[data-search-results] .search-result').count()).toBeGreaterThan(0);
        expect(violations).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  }
});
