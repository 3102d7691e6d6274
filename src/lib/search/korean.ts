/**
 * Korean search terms. Pagefind splits Korean only on spaces and matches by prefix, so `동맹` does not
 * find `한미동맹이`, nor `회담` find `외교장관회담에서`. The archive adds, as searchable metadata, the stems of
 * each word without its particle and every later part of a compound, so a prefix search starting inside a
 * word finds it. (Derived at build time; the text itself is never changed.)
 */

// Longest first, so 에서 wins over 에 and 으로 over 로.
const PARTICLES = [
  '으로부터',
  '에서부터',
  '로부터',
  '에게서',
  '에서는',
  '에서도',
  '에서의',
  '으로서',
  '으로써',
  '으로는',
  '에게는',
  '까지는',
  '이라는',
  '이라고',
  '라고',
  '에서',
  '에게',
  '께서',
  '부터',
  '까지',
  '으로',
  '처럼',
  '보다',
  '라는',
  '이라',
  '이며',
  '이고',
  '와의',
  '과의',
  '에의',
  '로서',
  '로써',
  '로는',
  '에는',
  '에도',
  '이나',
  '이다',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '와',
  '과',
  '로',
  '도',
  '만',
  '며',
  '께',
].sort((a, b) => b.length - a.length);

const HANGUL = /^\p{Script=Hangul}+$/u;
const SPLIT = /[^\p{Script=Hangul}\p{L}\p{N}]+/u;

/** The word without a trailing particle, when at least two syllables remain (대만 stays 대만 too: both are kept). */
export function stripParticle(word: string): string {
  for (const p of PARTICLES) {
    if (word.length - p.length >= 2 && word.endsWith(p)) return word.slice(0, -p.length);
  }
  return word;
}

/** Every part of a Hangul run that starts after its first syllable and is at least two syllables long. */
export function innerParts(stem: string): string[] {
  const parts: string[] = [];
  for (let i = 1; i <= stem.length - 2; i++) parts.push(stem.slice(i));
  return parts;
}

/**
 * Terms that make Korean words findable from inside: for `‘군사정찰위성’을` → 군사정찰위성, 사정찰위성, 정찰위성,
 * 찰위성, 위성; for `반도체·전기차·배터리` → each word. Words Pagefind already finds by prefix are left out.
 */
export function koreanTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const token of text.split(/\s+/)) {
    const pieces = token.split(SPLIT).filter(Boolean);
    pieces.forEach((piece, i) => {
      if (!HANGUL.test(piece)) return;
      const stem = stripParticle(piece);
      // A piece after punctuation (‘정찰위성’ or the words after ·) is not at the start of the token.
      if (stem.length >= 2 && (i > 0 || token.indexOf(piece) > 0)) terms.add(stem);
      for (const part of innerParts(stem)) terms.add(part);
    });
  }
  return terms;
}
