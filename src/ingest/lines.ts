/** A line of a saved page, as the later stages see it. */
export interface Line {
  text: string;
  /** 1-based line number in the input (for HTML, in the text made from it), for messages. */
  n: number;
  /** What the page's markup or a leading bullet said the line is. */
  hint?: 'heading' | 'item' | 'row';
  /** The cells of a table row from the page's markup. */
  cells?: string[];
}

// Invisible characters pages carry (zero-width spaces and joiners, the BOM, soft hyphens).
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
// The bullet a browser puts before a list item when a page is copied as text.
const BULLET = /^[•·▪‣●]\s+/;

/** Normalises one line: no-break and other spaces become plain spaces, runs collapse, ends are trimmed. */
export function normalizeSpace(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}

/** The lines of a page saved as plain text; blank lines are dropped (their line numbers stay). */
export function textLines(text: string): Line[] {
  const out: Line[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    let t = normalizeSpace(raw);
    if (!t) return;
    let hint: Line['hint'];
    if (BULLET.test(t)) {
      t = t.replace(BULLET, '');
      hint = 'item';
    }
    if (t) out.push({ text: t, n: i + 1, ...(hint ? { hint } : {}) });
  });
  return out;
}
