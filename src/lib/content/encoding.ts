/**
 * The text of a content file, or why it is not UTF-8. Content is UTF-8 without a byte-order mark; a file saved
 * in another encoding would otherwise be read as mojibake (`�ѹ� �ܱ����`) and built without a word of warning.
 */

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const BOM = [0xef, 0xbb, 0xbf];

/** Korean files not in UTF-8 are almost always in EUC-KR (or its superset CP949); Node's EUC-KR decoder reads both. */
function looksLikeEucKr(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('euc-kr', { fatal: true }).decode(bytes);
    return /\p{Script=Hangul}/u.test(text);
  } catch {
    return false;
  }
}

/** UTF-16, by its byte-order mark or, without one, by the NUL in every other byte of its ASCII. */
export function looksLikeUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  // Without a BOM: text in UTF-16 has a NUL in every other byte of its ASCII (the frontmatter's "---" and keys).
  const sample = bytes.subarray(0, 200);
  let evenNuls = 0;
  let oddNuls = 0;
  sample.forEach((b, i) => {
    if (b === 0) i % 2 ? oddNuls++ : evenNuls++;
  });
  if (oddNuls > sample.length / 4) return 'UTF-16LE';
  if (evenNuls > sample.length / 4) return 'UTF-16BE';
  return undefined;
}

/** The file's text when it is UTF-8 without a BOM; otherwise a message naming what was found and the fix. */
export function decodeContent(bytes: Uint8Array, file: string): Decoded {
  if (BOM.every((b, i) => bytes[i] === b)) {
    return {
      ok: false,
      message: `starts with a byte-order mark (BOM): save it as UTF-8 without a BOM (e.g. sed -i '1s/^\\xEF\\xBB\\xBF//' ${file})`,
    };
  }
  const utf16 = looksLikeUtf16(bytes);
  if (utf16) return { ok: false, message: `is in ${utf16}, not UTF-8: convert it, e.g. iconv -f ${utf16} -t UTF-8 ${file} > converted && mv converted ${file}` };
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    const from = looksLikeEucKr(bytes) ? 'EUC-KR' : undefined;
    return {
      ok: false,
      message: from
        ? `is not UTF-8: it looks like ${from} (CP949): convert it, e.g. iconv -f ${from} -t UTF-8 ${file} > converted && mv converted ${file}`
        : `is not UTF-8: find its encoding (file -i ${file}) and convert it, e.g. iconv -f <encoding> -t UTF-8 ${file} > converted && mv converted ${file}`,
    };
  }
}
