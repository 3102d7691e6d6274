/**
 * Stage 1 of an import: bytes → text. Pages come as saved from a browser (UTF-8, sometimes with a BOM), as HTML,
 * or from older Korean sites in EUC-KR. Anything else (a PDF, an image, an empty or enormous file) stops here
 * with a message saying what the file looks like and what to do.
 */
import { looksLikeUtf16 } from '../lib/content/encoding.ts';
import { IMPORT_MESSAGES, type ImportMessages } from './messages.ts';

export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'euc-kr' | 'utf-16le' | 'utf-16be'; html: boolean } | { ok: false; why: string };

/** Larger than any press release page (the seeds are 4–8 KB; a heavy portal page saved as HTML is < 2 MB). */
export const MAX_BYTES = 10 * 2 ** 20;

const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<!--)/i;
const HTML_TAGS = /<\/?(?:p|div|span|br|a|h[1-6]|ul|ol|li|table|tr|td|article|section|main)\b[^>]*>/gi;

export function decode(bytes: Uint8Array, t: ImportMessages = IMPORT_MESSAGES.en): Decoded {
  if (bytes.length > MAX_BYTES) {
    return { ok: false, why: t.tooLarge((bytes.length / 2 ** 20).toFixed(1), MAX_BYTES / 2 ** 20) };
  }
  // A page saved as "Unicode" (Windows' UTF-16) has a NUL in every other byte of its ASCII: text, not binary.
  const utf16 = looksLikeUtf16(bytes)?.toLowerCase() as 'utf-16le' | 'utf-16be' | undefined;
  if (!utf16 && bytes.includes(0)) return { ok: false, why: t.binary };
  let text: string;
  let encoding: NonNullable<typeof utf16> | 'utf-8' | 'euc-kr' = utf16 ?? 'utf-8';
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    if (utf16) return { ok: false, why: t.notText };
    try {
      text = new TextDecoder('euc-kr', { fatal: true }).decode(bytes);
      encoding = 'euc-kr';
    } catch {
      return { ok: false, why: t.notText };
    }
  }
  // Control characters other than tab and line breaks do not occur in saved pages; many of them mean binary data.
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 8 && controls > text.length / 200) return { ok: false, why: t.controls };
  if (!/\p{L}/u.test(text)) return { ok: false, why: t.empty };
  const html = HTML_START.test(text) || (text.match(HTML_TAGS)?.length ?? 0) >= 3;
  return { ok: true, text, encoding, html };
}
