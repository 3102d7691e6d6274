import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeParagraphAnchors } from '../../src/markdown/rehype-paragraph-anchors.ts';

const render = (md: string) => String(unified().use(remarkParse).use(remarkRehype).use(rehypeParagraphAnchors).use(rehypeStringify).processSync(md));

describe('rehypeParagraphAnchors', () => {
  it('numbers plain paragraphs in order', () => {
    expect(render('첫 문단.\n\n둘째 문단.')).toBe('<p id="p1">첫 문단.</p>\n<p id="p2">둘째 문단.</p>');
  });
  it('keeps the printed numbers of numbered paragraphs', () => {
    const html = render('3. Third.\n\n4. Fourth.');
    expect(html).toContain('<ol start="3">');
    expect(html).toContain('<li id="p3">');
    expect(html).toContain('<li id="p4">');
  });
  it('continues after headings and bullet lists without changing any text', () => {
    const html = render('## 제목\n\n- 하나\n- 둘\n\n끝 문단.');
    expect(html).toContain('<h2 id="p1">제목</h2>');
    expect(html).toContain('<li id="p2">하나</li>');
    expect(html).toContain('<li id="p3">둘</li>');
    expect(html).toContain('<p id="p4">끝 문단.</p>');
  });
  it('continues the count when a list restarts at a number already taken, so ids stay unique', () => {
    const html = render('들어가는 문단.\n\n1. 하나.\n2. 둘.\n\n맺는 문단.');
    expect(html).toContain('<p id="p1">들어가는 문단.</p>');
    expect(html).toContain('<li id="p2">하나.</li>');
    expect(html).toContain('<li id="p3">둘.</li>');
    expect(html).toContain('<p id="p4">맺는 문단.</p>');
  });
  it('keeps an id a block already has, as rehype-slug does, and counts it', () => {
    const tree = {
      type: 'root' as const,
      children: [
        { type: 'element' as const, tagName: 'p', properties: { id: 'kept' }, children: [{ type: 'text' as const, value: 'A.' }] },
        { type: 'element' as const, tagName: 'p', properties: {}, children: [{ type: 'text' as const, value: 'B.' }] },
      ],
    };
    rehypeParagraphAnchors()(tree);
    expect(tree.children.map((c) => c.properties.id)).toEqual(['kept', 'p2']);
  });
});
