import type { Element, Root } from 'hast';

const isElement = (node: unknown, ...tags: string[]): node is Element => (node as Element).type === 'element' && tags.includes((node as Element).tagName);

/**
 * Gives every top-level block of a document body a stable anchor (`#p1`, `#p2`, …) so a paragraph can be
 * cited and linked. Items of a numbered list keep their printed number (`1.` → `#p1`), so the numbered
 * paragraphs of a release are addressed by the numbers the release gives them — unless those numbers are taken
 * by the blocks before it (a list restarting at 1 after an introduction), when it continues the count: ids on a
 * page are unique. A block that already has an id keeps it (as rehype-slug does), and still counts.
 */
export function rehypeParagraphAnchors() {
  return (tree: Root) => {
    let n = 0;
    const mark = (el: Element, number: number) => {
      if (el.properties?.id === undefined) el.properties = { ...el.properties, id: `p${number}` };
      n = Math.max(n, number);
    };
    for (const node of tree.children) {
      if (isElement(node, 'ol', 'ul')) {
        const start = Number(node.properties?.start ?? 1);
        let number = isElement(node, 'ol') && start > n ? start : n + 1;
        for (const li of node.children) if (isElement(li, 'li')) mark(li, number++);
      } else if (isElement(node, 'p', 'h2', 'h3', 'h4', 'table', 'blockquote')) {
        mark(node, n + 1);
      }
    }
  };
}
