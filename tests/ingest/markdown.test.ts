// The importer writes bodies as Markdown that reads back to exactly the printed text: whatever a line holds
// (`~` date ranges, `*`, `_`, backticks, brackets, `<`, `&`, `#` or `1)` at its start, `|`, `\`), the page,
// the search text and the side-by-side view show those characters and no others.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksToMarkdown } from '../../src/ingest/markdown.ts';
import type { Block } from '../../src/ingest/parse.ts';
import { markdownLines } from '../../src/lib/text/markdown-text.ts';
import { renderMarkdown } from '../../src/lib/text/render-markdown.ts';
import { TRICKY } from '../fixtures/verbatim.ts';

const block = (kind: Block['kind'], text: string, extra: Partial<Block> = {}): Block => ({ kind, text, line: 1, ...extra });
const roundTrip = (blocks: Block[]) => markdownLines(blocksToMarkdown(blocks));

describe('bodies as Markdown (본문 마크다운 / body Markdown)', () => {
  it.each(TRICKY)('keeps every character of %j in a paragraph, a heading, an item, a numbered paragraph and a table cell', (text) => {
    expect(roundTrip([block('paragraph', text)])).toEqual([text]);
    expect(roundTrip([block('heading', text), block('paragraph', '본문.')])).toEqual([text, '본문.']);
    expect(roundTrip([block('item', text, { depth: 0 }), block('item', text, { depth: 1 })])).toEqual([text, text]);
    expect(roundTrip([block('numbered', `1. ${text}`), block('numbered', `2. ${text}`)])).toEqual([`1. ${text}`, `2. ${text}`]);
    expect(roundTrip([block('row', 'a | b', { cells: ['머리', text] }), block('row', 'c', { cells: [text, '셀'] })])).toEqual([`머리 ${text}`, `${text} 셀`]);
  });

  it('never turns a single tilde into strikethrough on the page, nor any of these into markup', () => {
    for (const text of TRICKY) {
      const html = renderMarkdown(blocksToMarkdown([block('paragraph', text)]));
      expect(html, text).not.toMatch(/<(?:del|s|em|strong|code|img|h\d|ul|ol|li|blockquote|hr|input|script|b)\b/);
      // A web address printed in the text is linked (GFM's autolinks), its text unchanged.
      for (const a of html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)) expect(a[1]!.replace(/^http:\/\//, '')).toBe(a[2]!.replace(/^www\./, 'www.'));
      expect(html.match(/<a\b/g)?.length ?? 0).toBe(html.match(/<a href="([^"]*)">\1<\/a>|<a href="http:\/\/(www\.[^"]*)">\2<\/a>/g)?.length ?? 0);
    }
  });

  it('keeps the text of any line, whatever characters it holds (property over 2,000 generated lines)', () => {
    const alphabet = fc.constantFrom(...'~*_`[]()<>&#|\\!-+=.:;/ 1234567890aAzZ가나다ㅇ□※'.split(''), '~~', '&amp;', '<b>', '](', '1. ', '1) ', '[ ] ', '\\*');
    const line = fc
      .array(alphabet, { minLength: 1, maxLength: 40 })
      .map((parts) => parts.join('').replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    fc.assert(
      fc.property(line, fc.constantFrom<Block['kind']>('paragraph', 'heading', 'item', 'numbered'), (text, kind) => {
        const b = kind === 'numbered' ? block(kind, `3. ${text}`) : block(kind, text, kind === 'item' ? { depth: 0 } : {});
        const lines = roundTrip(kind === 'heading' ? [b, block('paragraph', '끝.')] : [b]);
        expect(lines[0]).toBe(kind === 'numbered' ? `3. ${text}` : text);
      }),
      { numRuns: 2000, seed: 20261202 },
    );
  });

  it('writes numbered paragraphs as ordered lists keeping their printed numbers, sub-items nested, tables with a header row', () => {
    const md = blocksToMarkdown([
      block('numbered', '1. 첫째 문단.'),
      block('item', '세부 사항', { depth: 0 }),
      block('item', '더 세부', { depth: 1 }),
      block('numbered', '2. 둘째 문단.'),
      block('numbered', '4. 넷째 문단 (셋째가 빠졌다).'),
      block('row', '', { cells: ['이슈', '내용'] }),
      block('row', '', { cells: ['안보', '공조 | 강화'] }),
    ]);
    expect(md).toBe(
      [
        '1. 첫째 문단.',
        '',
        '- 세부 사항',
        '  - 더 세부',
        '',
        '2. 둘째 문단.',
        '',
        '4) 넷째 문단 (셋째가 빠졌다).',
        '',
        '| 이슈 | 내용 |',
        '| - | - |',
        '| 안보 | 공조 \\| 강화 |',
      ].join('\n'),
    );
    expect(markdownLines(md)).toEqual([
      '1. 첫째 문단.',
      '세부 사항',
      '더 세부',
      '2. 둘째 문단.',
      '4. 넷째 문단 (셋째가 빠졌다).',
      '이슈 내용',
      '안보 공조 | 강화',
    ]);
  });
});
