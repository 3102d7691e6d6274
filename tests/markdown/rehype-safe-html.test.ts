import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeSafeHtml } from '../../src/markdown/rehype-safe-html.ts';
import { renderMarkdown } from '../../src/lib/text/render-markdown.ts';

// The pipeline Astro runs (raw HTML allowed through remark-rehype) with the plugin first among the rehype plugins.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeSafeHtml).use(rehypeStringify);
const render = (md: string) => String(processor.processSync(md));

/** What makes a page run code or send data: none may survive. */
export function activeContent(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<(script|iframe|frame|object|embed|applet|form|input|button|select|textarea|style|base|meta|link)\b/gi))
    found.push(`<${m[1]!.toLowerCase()}>`);
  for (const m of html.matchAll(/<[^>]*\s(on[a-z]+)\s*=/gi)) found.push(m[1]!.toLowerCase());
  for (const m of html.matchAll(/(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*(javascript|vbscript|data):/gi)) found.push(`${m[1]!.toLowerCase()}:`);
  for (const m of html.matchAll(/\sstyle\s*=/gi)) found.push(m[0].trim());
  return found;
}

const PAYLOADS: Record<string, string> = {
  'script element': '<script>window.pwned = 1</script>',
  'script split over lines': '<script\n>window.pwned = 1</script\n>',
  'event handler on an image': '<img src="x" onerror="window.pwned = 1">',
  'event handler in upper case': '<p ONMOUSEOVER="window.pwned = 1">hover</p>',
  'javascript: link (HTML)': '<a href="javascript:window.pwned = 1">click</a>',
  'javascript: link (Markdown)': '[click](javascript:window.pwned=1)',
  'javascript: link with entities': '<a href="jav&#x09;ascript:window.pwned=1">click</a>',
  'data: link': '<a href="data:text/html,<script>window.pwned=1</script>">click</a>',
  iframe: '<iframe src="https://evil.example/"></iframe>',
  'iframe with srcdoc': '<iframe srcdoc="<script>window.pwned=1</script>"></iframe>',
  form: '<form action="https://evil.example/"><input name="q"><button>Send</button></form>',
  'object and embed': '<object data="x.swf"></object><embed src="x.swf">',
  'svg with script': '<svg><script>window.pwned = 1</script><a xlink:href="javascript:1">x</a></svg>',
  'style element and attribute': '<style>body{display:none}</style><p style="position:fixed">x</p>',
  'meta refresh and base': '<meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/">',
  'image from another origin':
    '<img src="https://evil.example/pixel.gif" alt="pixel"><img src="//evil.example/p.gif"><img srcset="https://evil.example/a.gif 1x">',
};

describe('rehypeSafeHtml (본문 속 HTML 무력화 · raw HTML made inert)', () => {
  for (const [name, payload] of Object.entries(PAYLOADS)) {
    it(`removes ${name}`, () => {
      const html = render(`앞 문단입니다. The paragraph before.\n\n${payload}\n\n뒤 문단입니다. The paragraph after.`);
      expect(activeContent(html), html).toEqual([]);
      expect(html).not.toContain('pwned');
      expect(html).not.toContain('evil.example');
      expect(html).toContain('앞 문단입니다. The paragraph before.');
      expect(html).toContain('뒤 문단입니다. The paragraph after.');
    });
  }

  it('keeps harmless markup and every word outside removed elements', () => {
    const html = render(
      '외교부 <b>제1차관</b>은<br>회담을 가졌다.\n\n<table><tr><td>한국</td><td>Korea</td></tr></table>\n\n[외교부](https://www.mofa.go.kr/) and <sup>1</sup>',
    );
    expect(html).toContain('<b>제1차관</b>은<br>회담을 가졌다.');
    expect(html).toContain('<td>한국</td><td>Korea</td>');
    expect(html).toContain('<a href="https://www.mofa.go.kr/">외교부</a>');
    expect(html).toContain('<sup>1</sup>');
  });

  it('keeps images of the site itself, and the alt text of others', () => {
    expect(render('<img src="/images/photo.jpg" alt="사진">')).toContain('<img src="/images/photo.jpg" alt="사진">');
    expect(render('<img src="https://evil.example/p.gif" alt="사진">')).toContain('<img alt="사진">');
  });

  it('prefixes ids from the text so they cannot take over the page’s own (DOM clobbering)', () => {
    const html = render('<p id="main" name="search">x</p>');
    expect(html).toContain('id="user-content-main"');
    expect(html).not.toContain('id="main"');
  });

  it('leaves plain Markdown unchanged', () => {
    const md = '1. 한미 양측은 … 논의하였다.\n2. The two sides discussed *regional* issues.\n\n| 구분 | 내용 |\n| --- | --- |\n| 일시 | 5.31.(금) |';
    const plain = String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).processSync(md));
    expect(render(md)).toBe(plain);
  });

  it('gives the side-by-side view (renderMarkdown) the same treatment', () => {
    for (const payload of Object.values(PAYLOADS)) {
      const html = renderMarkdown(`본문 ${payload} text`);
      expect(activeContent(html), html).toEqual([]);
      expect(html).toContain('본문');
    }
  });
});
