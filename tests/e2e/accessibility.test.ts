import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { servedSite } from './support/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// One page of every type, in both languages, and an article in every translation status the archive holds.
const PAGES = [
  '',
  'ko/',
  'en/',
  'ko/meetings/',
  'en/meetings/',
  'ko/meetings/2024-05-31-kr-us-vice-ministers/',
  'en/meetings/2024-05-31-kr-us-vice-ministers/',
  'ko/documents/2024-06-01-mofa-kr-us-vice-ministers/', // original, official
  'en/documents/2024-06-01-mofa-kr-us-vice-ministers/', // official translation
  'en/documents/2024-11-15-inside-story-lima-foreign-ministers/', // machine translation, news
  'ko/documents/2024-11-15-gyeongnamzine-lima-foreign-ministers/', // blog
  'documents/2024-06-01-mofa-kr-us-vice-ministers/parallel/', // side by side (both languages), with a marked mismatch
  'documents/2024-11-15-inside-story-lima-foreign-ministers/parallel/',
  'ko/people/', // browse pages
  'en/people/latin/',
  'ko/people/kim-hong-kyun/',
  'en/people/antony-blinken/',
  'ko/countries/',
  'en/countries/us/',
  'ko/topics/',
  'ko/offices/', // offices and their holders
  'en/offices/',
  'ko/offices/kr-foreign-minister/',
  'en/offices/us-secretary-of-state/',
  'ko/trips/', // trips and visits
  'en/trips/',
  'ko/visits/',
  'en/visits/',
  'en/topics/north-korea/',
  'ko/2024/',
  'ko/meetings/country/us/',
  'en/meetings/?country=us&level=minister', // filtered in place
  'en/2018/',
  'ko/data/', // open data and licence
  'en/data/',
  'no-such-page/', // 404
  'ko/search/?q=%EB%8F%99%EB%A7%B9', // search with results
  'en/search/?q=Blinken&country=us',
  'ko/search/tips/', // search tips
  'en/search/tips/',
];

const site = servedSite();

describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(PAGES)(`/%s has no violations (${scheme})`, async (path) => {
      const page = await site.browser.newPage({ colorScheme: scheme });
      await page.goto(site.server.url + path);
      if (path.includes('search/?')) await page.waitForSelector('.search-result');
      // Evaluated through DevTools, as the site's policy forbids inline scripts (an injected <script> would be blocked).
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
        ).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await page.close();
    });
  }

  it('offers a skip link as the first stop of the keyboard, with a visible focus ring', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}en/documents/2024-06-01-mofa-kr-us-vice-ministers/`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent, href: el.getAttribute('href'), outline: style.outlineStyle, top: el.getBoundingClientRect().top };
    });
    expect(focused).toMatchObject({ text: 'Skip to content', href: '#main', outline: 'solid' });
    expect(focused.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('moves the keyboard focus through the page in reading order, every stop visible', async () => {
    for (const path of [
      'ko/documents/2024-06-01-mofa-kr-us-vice-ministers/',
      'en/meetings/',
      'ko/',
      'documents/2024-06-01-mofa-kr-us-vice-ministers/parallel/',
      'ko/people/kim-hong-kyun/',
      'en/countries/us/',
    ]) {
      const page = await site.browser.newPage();
      await page.goto(site.server.url + path);
      const domOrder = await page.evaluate(() =>
        // What a reader can reach: not what is hidden, nor inside a closed <details>.
        [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
          .filter((el) => el.checkVisibility())
          .map((el) => el.outerHTML.slice(0, 120)),
      );
      const visited: string[] = [];
      for (let i = 0; i < domOrder.length; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return { html: el.outerHTML.slice(0, 120), outline: getComputedStyle(el).outlineStyle };
        });
        expect(stop.outline, stop.html).not.toBe('none');
        visited.push(stop.html);
      }
      expect(visited).toEqual(domOrder);
      await page.close();
    }
  });
});
