import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { bodyRenderer } from '../../../src/markdown/pipeline.ts';
import { markdownBlocks, markdownLines } from '../../../src/lib/text/markdown-text.ts';
import { collapseSpace } from '../../../src/lib/text/whitespace.ts';
import { realArchive } from '../../support/archive.ts';

const render = bodyRenderer({ lang: 'ko', people: [], href: (lang, id) => `/${lang}/people/${id}/` });

/** The text of each element with an id on the rendered page, by id. */
function renderedAnchors(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  visit(fromHtml(render(markdown), { fragment: true }), 'element', (el: Element) => {
    if (typeof el.properties.id === 'string') out.set(el.properties.id, collapseSpace(toString(el)));
  });
  return out;
}

/** Every anchored block names an element of the page that holds its first line. */
function expectAnchorsOnPage(markdown: string, label = markdown): void {
  const page = renderedAnchors(markdown);
  for (const block of markdownBlocks(markdown)) {
    if (!block.anchor) continue;
    expect(page.has(block.anchor), `${label}: #${block.anchor}`).toBe(true);
    const first = block.lines[0]!.replace(/^\d+\. /, '');
    expect(page.get(block.anchor), `${label}: #${block.anchor}`).toContain(first);
  }
}

const SAMPLES = [
  '첫 문단.\n\n둘째 문단.',
  '## 회담 결과\n\n3. 셋째 문단.\n4. 넷째 문단.\n   - 세부 사항\n\n끝 문단.',
  '- 하나\n- 둘\n\n| 가 | 나 |\n| - | - |\n| 다 | 라 |\n\n> 인용 문단\n\n# 큰 제목\n\n##### 작은 제목\n\n---\n\n마지막.',
  '<p>남는 <b>글</b></p>\n\n둘째 문단.\n\n<div id="note">붙임</div>\n\n1. 하나\n2. 둘',
  '<ol start="5"><li>다섯</li><li>여섯</li></ol>\n\n뒤 문단.',
];

describe('body blocks for search (검색 문단 / search paragraphs)', () => {
  it('carry the anchor the article page gives each paragraph, heading, list item, table and quote', () => {
    expect(markdownBlocks(SAMPLES[1]!)).toEqual([
      { anchor: 'p1', lines: ['회담 결과'] },
      { anchor: 'p3', lines: ['3. 셋째 문단.'] },
      { anchor: 'p4', lines: ['4. 넷째 문단.', '세부 사항'] },
      { anchor: 'p5', lines: ['끝 문단.'] },
    ]);
    for (const md of SAMPLES) expectAnchorsOnPage(md);
  });

  it('leave blocks the page gives no anchor without one, their text kept', () => {
    const blocks = markdownBlocks(SAMPLES[2]!);
    expect(blocks.filter((b) => !b.anchor).flatMap((b) => b.lines)).toEqual(['큰 제목', '작은 제목']);
  });

  it('number raw HTML bodies as the page does (sanitized ids kept)', () => {
    const blocks = markdownBlocks(SAMPLES[3]!);
    expect(blocks.map((b) => b.anchor)).toEqual(['p1', 'p2', undefined, 'p3', 'p4']);
    expect(markdownBlocks(SAMPLES[4]!).map((b) => [b.anchor, b.lines])).toEqual([
      ['p5', ['5. 다섯']],
      ['p6', ['6. 여섯']],
      ['p7', ['뒤 문단.']],
    ]);
  });

  it('match the rendered page for every real document, lines unchanged', () => {
    for (const doc of realArchive().input.documents) {
      expectAnchorsOnPage(doc.body ?? '', doc.id);
      expect(markdownBlocks(doc.body ?? '').flatMap((b) => b.lines)).toEqual(markdownLines(doc.body ?? ''));
    }
  });
});
