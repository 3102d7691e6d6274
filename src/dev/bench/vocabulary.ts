/** Deterministic randomness and word lists for the synthetic archive: the same seed always gives the same words. */

/** mulberry32: a small, fast, seedable PRNG, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
export const between = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/** Shuffles a copy, Fisher–Yates. */
export function shuffled<T>(rng: Rng, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Draws ranks 0…size-1 with probability ∝ 1/(rank+1)^s, as word frequencies in real text fall off:
 * a few words everywhere, most words rare. Cumulative table + binary search keeps each draw O(log n).
 */
export function zipf(size: number, s = 1.05): (rng: Rng) => number {
  const cumulative = new Float64Array(size);
  let sum = 0;
  for (let r = 0; r < size; r++) cumulative[r] = sum += 1 / (r + 1) ** s;
  return (rng) => {
    const x = rng() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

// Syllables common in Korean policy prose, so generated nouns look like 협력, 안보, 공급망.
const SYLLABLES = [
  ...'가각간감강개거건경계고공과관교구국군권규균기긴남내노농다단대도동두라력련령로론료류리마만망명모무문미민반발방배범법보복본부북분비사산상생서선설성세소송수순시식신실심안압약양어억업여역연영예오외요용우운원위유육윤의이익인일임자작장재저적전정제조종주중증지직진질차참책처천철청체초총추축출충취측치칙타탄태통투특파판평포표품필하학한합항해핵행향허혁현협형호화확환회효후훈휴흥희',
];
const PARTICLES_AFTER_VOWEL = ['가', '를', '는', '의', '에', '에서', '와', '로', '도', '만', '까지', '에게', '로서', '부터'];
const PARTICLES_AFTER_CONSONANT = ['이', '을', '은', '의', '에', '에서', '과', '으로', '도', '만', '까지', '에게', '으로서', '부터'];
const COMMON_KOREAN = [
  '양국',
  '협력',
  '및',
  '등',
  '관련',
  '위해',
  '대해',
  '양측은',
  '이번',
  '회담에서',
  '긴밀히',
  '지속',
  '강화',
  '논의',
  '평가하고',
  '한반도',
  '평화와',
  '안정을',
  '의견을',
  '교환했다',
  '양',
  '장관은',
  '차관은',
  '지역',
  '정세',
  '문제',
  '공조',
  '발전을',
];
const VERB_ENDINGS = ['했다', '하기로 했다', '하고', '하며', '한', '하는', '할', '해 나가기로 했다', '했으며', '하자고 했다'];

/** Whether a Hangul syllable ends in a consonant (has a final jamo), which picks 이/가, 을/를, 과/와. */
export function hasFinalConsonant(word: string): boolean {
  const code = word.charCodeAt(word.length - 1) - 0xac00;
  return code >= 0 && code < 11172 && code % 28 !== 0;
}

export function withParticle(noun: string, index: number): string {
  const list = hasFinalConsonant(noun) ? PARTICLES_AFTER_CONSONANT : PARTICLES_AFTER_VOWEL;
  return noun + list[index % list.length]!;
}

export interface KoreanVocabulary {
  /** Nouns: stems and compounds (한미동맹, 군사정찰위성). */
  nouns: string[];
  /** Every word form, in frequency-rank order: nouns, nouns with particles, predicates. */
  forms: string[];
  predicates: string[];
}

/** ≥ 50,000 Korean word forms: noun stems, compounds, stems with particles attached, 하다-predicates. */
export function koreanVocabulary(rng: Rng, stems = 14_000, compounds = 7_000): KoreanVocabulary {
  const seen = new Set<string>();
  const nouns: string[] = [];
  while (nouns.length < stems) {
    const word = Array.from({ length: rng() < 0.75 ? 2 : 3 }, () => pick(rng, SYLLABLES)).join('');
    if (!seen.has(word)) (seen.add(word), nouns.push(word));
  }
  const stemCount = nouns.length;
  while (nouns.length < stems + compounds) {
    const parts = rng() < 0.8 ? 2 : 3;
    const word = Array.from({ length: parts }, () => nouns[Math.floor(rng() * stemCount)]!).join('');
    if (!seen.has(word)) (seen.add(word), nouns.push(word));
  }
  const inflected: string[] = [];
  for (const noun of nouns) {
    // Two particle forms per noun: enough forms, and the common particles stay common.
    const i = Math.floor(rng() * 7);
    for (const form of [withParticle(noun, i), withParticle(noun, i + 3 + Math.floor(rng() * 7))]) {
      if (!seen.has(form)) (seen.add(form), inflected.push(form));
    }
  }
  const predicates: string[] = [];
  for (const noun of nouns.slice(0, 3_000)) {
    const form = noun + pick(rng, VERB_ENDINGS);
    if (!seen.has(form)) (seen.add(form), predicates.push(form));
  }
  // Short words are the frequent ones in real text: rank by length, at random within a length, after the
  // handful of words every release uses.
  const ranked = shuffled(rng, [...nouns, ...inflected, ...predicates])
    .map((form, i) => ({ form, key: form.length * 1e6 + i }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.form)
    .filter((form) => !COMMON_KOREAN.includes(form));
  return { nouns, predicates, forms: [...COMMON_KOREAN, ...ranked] };
}

const FUNCTION_WORDS = [
  'the',
  'of',
  'and',
  'to',
  'in',
  'on',
  'with',
  'for',
  'that',
  'a',
  'as',
  'by',
  'at',
  'from',
  'their',
  'its',
  'both',
  'two',
  'also',
  'further',
  'including',
  'between',
  'regarding',
  'while',
];
const LATIN_SYLLABLES = [
  'ba',
  'ber',
  'ca',
  'cor',
  'da',
  'del',
  'en',
  'fa',
  'gan',
  'ha',
  'in',
  'ka',
  'la',
  'lin',
  'ma',
  'mer',
  'na',
  'nor',
  'pa',
  'per',
  'ra',
  'ri',
  'sa',
  'sen',
  'ta',
  'ter',
  'va',
  'ven',
  'zo',
  'lo',
  'mi',
  'to',
  'ro',
  'le',
  'se',
  'ti',
];
const SUFFIXES = ['', 's', 'ed', 'ing', 'tion', 'ment', 'al'];

export interface EnglishVocabulary {
  forms: string[];
  verbs: string[];
}

/** English-looking word forms with inflections, so an index that stems (-s, -ed, -ing) has work to do. */
export function englishVocabulary(rng: Rng, stems = 6_000): EnglishVocabulary {
  const seen = new Set<string>(FUNCTION_WORDS);
  const bases: string[] = [];
  while (bases.length < stems) {
    const word = Array.from({ length: between(rng, 2, 3) }, () => pick(rng, LATIN_SYLLABLES)).join('');
    if (!seen.has(word)) (seen.add(word), bases.push(word));
  }
  const forms: string[] = [];
  for (const base of bases) {
    for (const suffix of SUFFIXES) {
      const form = base + suffix;
      if (suffix === '' || !seen.has(form)) (seen.add(form), forms.push(form));
    }
  }
  const verbs = bases.slice(0, 800).map((b) => `${b}ed`);
  // Function words lead the frequency ranks, as they do in any English text.
  return { forms: [...FUNCTION_WORDS, ...shuffled(rng, forms)], verbs };
}
