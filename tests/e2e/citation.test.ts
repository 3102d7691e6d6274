import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../support/files.ts';
import { CITATION_FORMATS } from '../../src/lib/publish/citation/formats.ts';
import { serveStatic } from '../../src/dev/tools/static-server.ts';

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
        expect(section).not.toMatch(/\sstyle=|<script|\son[a-z]+=/i);
      });

      it('links three downloads that exist and parse', () => {
        const links = [...html.matchAll(/<a\b[^>]*data-cite-download="(bib|ris|json)"[^>]*>(.*?)<\/a>/gs)].map((m) => ({
          ext: m[1]!,
          tag: m[0],
          label: text(m[2]!),
          href: decode(/\shref="([^"]+)"/.exec(m[0])![1]!),
          download: /\sdownload="([^"]+)"/.exec(m[0])?.[1],
        }));
        expect(links.map((l) => l.ext)).toEqual(['bib', 'ris', 'json']);
        for (const link of links) {
          expect(link.href).toBe(`${pagePath}cite.${link.ext}`);
          expect(link.label).toContain(`.${link.ext}`);
          expect(link.label).toMatch(lang === 'ko' ? /내려받기/ : /Download/);
          const key = link.download!.replace(/\.(bib|ris|json)$/, '');
          expect(link.download).toBe(`${key}.${link.ext}`);
          const target = join(dist, link.href);
          expect(existsSync(target), `${file} → ${link.href}`).toBe(true);
          const body = readFileSync(target, 'utf8');
          if (link.ext === 'bib') {
            expect(body.startsWith(`@misc{${key},\n`)).toBe(true);
            expect(balanced(body)).toBe(true);
            expect(body).toContain(`url          = {${new URL(metaTags(html).get('citation_public_url')![0]!).href}}`);
          } else if (link.ext === 'ris') {
            const lines = body.split('\r\n');
            expect(lines[0]).toMatch(/^TY {2}- (GOVDOC|NEWS|BLOG)$/);
            expect(body.endsWith('ER  - \r\n')).toBe(true);
            for (const line of lines.slice(0, -1)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
            expect(lines).toContain(`TI  - ${title}`);
          } else {
            const items = JSON.parse(body);
            expect(items).toHaveLength(1);
            expect(items[0]).toMatchObject({ id: key, title });
            expect(items[0].issued['date-parts'][0]).toHaveLength(3);
          }
        }
      });
    });
  }

  it('are served with their own types, as the _headers file tells Netlify and Cloudflare Pages', async () => {
    const server = await serveStatic(dist);
    try {
      for (const file of articles) {
        for (const format of CITATION_FORMATS) {
          const res = await fetch(`${server.url}${file.replace(/index\.html$/, '')}cite.${format.ext}`);
          expect(res.status).toBe(200);
          expect(res.headers.get('content-type'), `${file} ${format.ext}`).toBe(format.contentType);
          expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        }
      }
    } finally {
      await server.close();
    }
  });
});
