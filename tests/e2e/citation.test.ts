import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../support/files.ts';
import { servedSite } from './support/browser.ts';

const dist = inject('distDir');
const articles = listFiles(dist).filter((f) => /^(ko|en)\/documents\/[^/]+\/index\.html$/.test(f));
const read = (f: string) => readFileSync(join(dist, f), 'utf8');

const decode = (s: string) =>
  s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi, (_, dec, hex, name) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name as string]!,
  );
const text = (html: string) =>
  decode(html.replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();

/** The page's `<meta name content>` tags, by name (a name may repeat). */
function metaTags(html: string): Map<string, string[]> {
  const head = html.slice(0, html.indexOf('</head>'));
  const tags = new Map<string, string[]>();
  for (const [tag] of head.matchAll(/<meta\b[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(tag)?.[1];
    const content = /\scontent="([^"]*)"/.exec(tag)?.[1];
    if (name && content !== undefined) tags.set(name, [...(tags.get(name) ?? []), decode(content)]);
  }
  return tags;
}

/** BibTeX's own reading: every brace counts; depth never below zero, zero at the end. */
function balanced(bib: string): boolean {
  let depth = 0;
  for (const ch of bib) {
    if (ch === '{') depth++;
    if (ch === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('"Cite this" on the built article pages', () => {
  it('finds every article page in both languages', () => {
    expect(articles.length).toBe(6);
    expect(articles.some((f) => f.startsWith('ko/'))).toBe(true);
    expect(articles.some((f) => f.startsWith('en/'))).toBe(true);
  });

  for (const file of articles) {
    const lang = file.slice(0, 2) as 'ko' | 'en';
    const pagePath = `/${file.replace(/index\.html$/, '')}`;

    describe(file, () => {
      const html = read(file);
      const title = text(/<h1>(.*?)<\/h1>/s.exec(html)![1]!);

      it('carries citation_* and DC.* tags with the title, author, date, publisher, language and absolute URL', () => {
        const meta = metaTags(html);
        const one = (name: string) => {
          expect(meta.get(name), `${file}: ${name}`).toHaveLength(1);
          return meta.get(name)![0]!;
        };
        expect(one('citation_title')).toBe(title);
        expect(one('citation_author')).not.toBe('');
        expect(one('citation_publication_date')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
        expect(one('citation_publisher')).not.toBe('');
        expect(one('citation_language')).toBe(lang);
        for (const name of ['citation_public_url', 'citation_abstract_html_url', 'DC.identifier']) {
          const url = new URL(one(name));
          expect(url.protocol).toMatch(/^https?:$/);
          expect(url.pathname).toBe(pagePath);
        }
        expect(one('DC.title')).toBe(title);
        expect(one('DC.date').replaceAll('-', '/')).toBe(one('citation_publication_date'));
        expect(html).toMatch(/<link rel="schema\.DC" href="http:\/\/purl\.org\/dc\/elements\/1\.1\/">/);
      });

      it('has the section with both citations, each in its language, holding the title', () => {
        const section = /<section class="panel cite"[^>]*data-cite[^>]*>(.*?)<\/section>/s.exec(html)?.[1];
        expect(section, file).toBeDefined();
        expect(section).toMatch(/<h2 id="cite-heading">/);
        for (const style of ['ko', 'en']) {
          const dd = new RegExp(`<dd lang="${style}" data-citation="${style}">(.*?)</dd>`, 's').exec(section!)?.[1];
          expect(dd, `${file}: ${style} citation`).toBeDefined();
          expect(text(dd!)).toContain(title);
          expect(text(dd!)).toContain(pagePath);
        }
        // Only the archive's own save-as-file script (checked in tests/e2e/page-weight.test.ts), nothing inline.
        const own = /<script type="module" src="[^"]*\/_astro\/CiteThis\.[^"]+"><\/script>/;
        expect(section).toMatch(own);
        expect(section!.replace(own, '')).not.toMatch(/\sstyle=|<script|\son[a-z]+=/i);
      });

      it('gives BibTeX, RIS and CSL-JSON as text on the page, each of which parses, and no file of its own', () => {
        const blocks = [...html.matchAll(/<details class="cite-format" data-cite-format="(bib|ris|json)">(.*?)<\/details>/gs)].map((m) => ({
          ext: m[1]!,
          body: decode(/<pre><code>(.*?)<\/code><\/pre>/s.exec(m[2]!)![1]!),
          key: /\sdata-filename="([^"]+)\.(bib|ris|json)"/.exec(m[2]!)![1]!,
          label: text(/<button[^>]*>(.*?)<\/button>/s.exec(m[2]!)![1]!),
        }));
        expect(blocks.map((b) => b.ext)).toEqual(['bib', 'ris', 'json']);
        for (const { ext, body, key, label } of blocks) {
          expect(label).toContain(`.${ext}`);
          expect(label).toMatch(lang === 'ko' ? /내려받기/ : /Save as/);
          if (ext === 'bib') {
            expect(body.startsWith(`@misc{${key},\n`)).toBe(true);
            expect(balanced(body)).toBe(true);
            expect(body).toContain(`url          = {${new URL(metaTags(html).get('citation_public_url')![0]!).href}}`);
          } else if (ext === 'ris') {
            // HTML reads CRLF as LF; the saved file has CRLF again (checked in Chromium below).
            const lines = body.split('\n');
            expect(lines[0]).toMatch(/^TY {2}- (GOVDOC|NEWS|BLOG)$/);
            expect(body.endsWith('ER  - \n')).toBe(true);
            for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
            expect(lines).toContain(`TI  - ${title}`);
          } else {
            const items = JSON.parse(body);
            expect(items).toHaveLength(1);
            expect(items[0]).toMatchObject({ id: key, title });
            expect(items[0].issued['date-parts'][0]).toHaveLength(3);
          }
        }
        expect(listFiles(join(dist, file, '..')).filter((f) => f.startsWith('cite.'))).toEqual([]);
      });
    });
  }

  describe('in Chromium', () => {
    const site = servedSite();
    it('saves each format as a file named by the citation key, RIS with CRLF line ends', async () => {
      const page = await site.browser.newPage({ acceptDownloads: true });
      try {
        await page.goto(`${site.server.url}en/documents/2024-06-01-mofa-kr-us-vice-ministers/`);
        for (const ext of ['bib', 'ris', 'json']) {
          const block = page.locator(`details[data-cite-format="${ext}"]`);
          await block.locator('summary').click();
          const [download] = await Promise.all([page.waitForEvent('download'), block.locator('button[data-cite-download]').click()]);
          expect(download.suggestedFilename()).toBe(`2024-06-01-mofa-kr-us-vice-ministers-en.${ext}`);
          const saved = readFileSync((await download.path())!, 'utf8');
          const shown = await block.locator('pre code').textContent();
          expect(saved.replace(/\r\n/g, '\n')).toBe(shown);
          if (ext === 'ris') expect(saved).toMatch(/^TY {2}- GOVDOC\r\n[\s\S]*ER {2}- \r\n$/);
        }
      } finally {
        await page.close();
      }
    });
  });
});
