/**
 * Stage 5 of an import, for the body: blocks → Markdown. The blocks become an mdast tree (paragraphs,
 * `##` headings, numbered paragraphs as ordered lists keeping their printed numbers, sub-items as nested
 * bullet lists, tables) and mdast-util-to-markdown writes it, escaping whatever the text holds that Markdown
 * would otherwise read as syntax: the page then shows exactly the source's characters.
 */
import type { List, ListItem, Paragraph, Root, RootContent, Table } from 'mdast';
import { toMarkdown, type Options, type Unsafe } from 'mdast-util-to-markdown';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import type { Block } from './parse.ts';

// The archive reads GFM with `singleTilde: false` (src/markdown/gfm.ts): one `~` is text, and only a `~` next
// to another can take part in strikethrough. GFM's own serializer escapes every `~`, which would fill
// Korean date ranges (`6.3.(월)~6.5.(수)`) with backslashes.
const TILDE_RUNS: Unsafe[] = [
  { character: '~', after: '~', inConstruct: 'phrasing' },
  { character: '~', before: '~', inConstruct: 'phrasing' },
];

// A `[` inside a line cannot start a link or reference here: every `[` at the start of a line is escaped (no
// definitions can be written) and a `(` after a `]` is escaped (no inline links), so the news leads' brackets
// (`[예시일보 홍길동 기자]`) are written as printed. tests/ingest/markdown.test.ts holds this to account.
const isBracketInText = (u: Unsafe) => u.character === '[' && !u.atBreak && u.inConstruct === 'phrasing';

const OPTIONS: Options = {
  handlers: {
    text(node, _parent, state, info) {
      const unsafe = state.unsafe;
      state.unsafe = unsafe.filter((u) => !isBracketInText(u));
      try {
        return state.safe(node.value, info);
      } finally {
        state.unsafe = unsafe;
      }
    },
  },
  bullet: '-',
  listItemIndent: 'one',
  incrementListMarker: true,
  extensions: [gfmTableToMarkdown({ tablePipeAlign: false }), { unsafe: TILDE_RUNS }],
};

const paragraph = (text: string): Paragraph => ({ type: 'paragraph', children: [{ type: 'text', value: text }] });

const NUMBERED = /^(\d{1,2})\.\s+/;

/** The body's blocks as an mdast tree. */
export function blocksToTree(body: readonly Block[]): Root {
  const children: RootContent[] = [];
  let i = 0;
  while (i < body.length) {
    const b = body[i]!;
    if (b.kind === 'numbered') {
      // A run of numbered paragraphs counting up by one is one list; a jump in the printed numbers starts
      // another list at the printed number, so no number shown differs from the source.
      const start = Number(NUMBERED.exec(b.text)?.[1] ?? 1);
      const list: List = { type: 'list', ordered: true, start, spread: true, children: [] };
      while (i < body.length && body[i]!.kind === 'numbered' && Number(NUMBERED.exec(body[i]!.text)?.[1]) === start + list.children.length) {
        list.children.push({ type: 'listItem', spread: false, children: [paragraph(body[i]!.text.replace(NUMBERED, ''))] });
        i++;
      }
      children.push(list);
    } else if (b.kind === 'item') {
      const run: Block[] = [];
      while (i < body.length && body[i]!.kind === 'item') run.push(body[i++]!);
      children.push(itemList(run));
    } else if (b.kind === 'row') {
      const run: Block[] = [];
      while (i < body.length && body[i]!.kind === 'row') run.push(body[i++]!);
      children.push(table(run));
    } else {
      children.push(b.kind === 'heading' ? { type: 'heading', depth: 2, children: [{ type: 'text', value: b.text }] } : paragraph(b.text));
      i++;
    }
  }
  return { type: 'root', children };
}

/** Sub-items nested by depth: an item one level deeper goes under the item before it. */
function itemList(run: readonly Block[]): List {
  const bullets = (): List => ({ type: 'list', ordered: false, spread: false, children: [] });
  const open: List[] = [bullets()];
  for (const b of run) {
    const depth = b.depth ?? 0;
    while (open.length - 1 > depth) open.pop();
    // At most one level deeper than the item before, however deep the mark says.
    const parent = open.at(-1)!.children.at(-1);
    if (depth > open.length - 1 && parent) {
      const list = bullets();
      parent.children.push(list);
      open.push(list);
    }
    const item: ListItem = { type: 'listItem', spread: false, children: [paragraph(b.text)] };
    open.at(-1)!.children.push(item);
  }
  return open[0]!;
}

/** A table from the page's markup: its first row is the header; short rows are padded with empty cells. */
function table(run: readonly Block[]): Table {
  const rows = run.map((b) => b.cells ?? [b.text]);
  const width = Math.max(...rows.map((r) => r.length));
  return {
    type: 'table',
    children: rows.map((cells) => ({
      type: 'tableRow',
      children: Array.from({ length: width }, (_, c) => ({ type: 'tableCell', children: cells[c] ? [{ type: 'text', value: cells[c]! }] : [] })),
    })),
  };
}

/** The body as Markdown: a blank line between blocks, items of one list on consecutive lines. */
export function blocksToMarkdown(body: readonly Block[]): string {
  return toMarkdown(blocksToTree(body), OPTIONS).replace(/\n+$/, '');
}
