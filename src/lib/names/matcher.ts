import { hash } from 'node:crypto';
import type { Lang, PersonData } from '../../schemas/index.ts';

/** Where a text names someone: the characters `start`–`end` of the text, and who (more than one when a form is shared). */
export interface NameSpan {
  start: number;
  end: number;
  people: string[];
}

interface Form {
  words: string[];
  person: string;
}

const HANGUL_WORD = /^\p{Script=Hangul}+$/u;
// Runs of letters, digits and marks: the pieces a word's lookup keys are made of (dependencies()).
const NON_RUN = /[^\p{L}\p{N}\p{M}]+/u;
const NONE: readonly string[] = [];
const FIRST_RUN = /^[^\p{L}\p{N}\p{M}]*([\p{L}\p{N}\p{M}]*)/u;
const LEADING_HANGUL = /^\p{Script=Hangul}+/u;
const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos|nbsp));/giu;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decodeEntity = (_m: string, hex?: string, dec?: string, name?: string): string =>
  hex || dec ? String.fromCodePoint(parseInt((hex ?? dec)!, hex ? 16 : 10) || 0xfffd) : NAMED[name!.toLowerCase()]!;
// Words are split at spaces and at opening brackets and quotes, so a name may start inside a printed word:
// 커트 캠벨(Kurt M. Campbell), “김홍균
const WORDS = /[^\s(\[{（［「『《〈“‘]+/gu;
// Other punctuation before a name: —Kurt
const LEAD = /^[^\p{L}\p{N}]*/u;

/**
 * The one rule for where a name may end, for the person links, the search records and the importer alike:
 * after its last word comes a Hangul particle or title (김홍균은, 김홍균장관), punctuation (Blinken's,
 * Campbell,) or nothing — never more Latin letters or digits (Kimberly is not Kim).
 */
export const endsName = (rest: string): boolean => !/^[\p{Script=Latin}\p{N}]/u.test(rest);

/**
 * What NameMatcher.dependencies found in texts before (the runs of letters that begin a form), kept between
 * builds by whoever keeps it; only valid for the registry it was found with.
 */
export interface RunsMemory {
  get(text: string): string[] | undefined;
  set(text: string, runs: string[]): void;
}

/**
 * Finds the people a text names, by any recorded full name or variant, in one pass over its words: forms are
 * looked up by their first word, so the cost grows with the text, not with the registry (5,000 people in the
 * benchmark's registry). Inner words of a form match exactly; the last may run into what follows it (endsName).
 */
export class NameMatcher {
  private readonly byFirstWord = new Map<string, Form[]>();

  private readonly memory?: RunsMemory;

  /**
   * With `lang`, only the forms recorded in that language (a body links the names in its own language); with
   * `memory`, what dependencies() found in a text before, for this same registry.
   */
  constructor(people: readonly PersonData[], options: { lang?: Lang; memory?: RunsMemory } = {}) {
    this.memory = options.memory;
    const langs: readonly Lang[] = options.lang ? [options.lang] : ['ko', 'en'];
    for (const p of people) {
      for (const text of new Set(langs.flatMap((l) => [p.name[l], ...p.variants[l]]))) {
        const words = text.split(/\s+/).filter(Boolean);
        if (!words.length || text.length < 2) continue;
        const list = this.byFirstWord.get(words[0]!) ?? [];
        list.push({ words, person: p.id });
        this.byFirstWord.set(words[0]!, list);
      }
    }
    // Longest first, so `Kurt M. Campbell` wins over a shorter form starting with the same word.
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Every place the text names someone, in order, never overlapping; the longest form wins where forms overlap. */
  spans(text: string): NameSpan[] {
    const tokens = [...text.matchAll(WORDS)].map((m) => {
      const lead = LEAD.exec(m[0])![0].length;
      return { word: m[0].slice(lead), start: m.index + lead };
    });
    const spans: NameSpan[] = [];
    let covered = 0;
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i]!;
      if (first.start < covered) continue;
      let best: { words: number; end: number; people: string[] } | undefined;
      for (const form of this.candidates(first.word)) {
        if (best && form.words.length < best.words) break;
        const end = this.matchEnd(form, tokens, i);
        if (end === undefined) continue;
        if (!best) best = { words: form.words.length, end, people: [form.person] };
        else if (end === best.end && !best.people.includes(form.person)) best.people.push(form.person);
      }
      if (!best) continue;
      spans.push({ start: first.start, end: best.end, people: best.people });
      covered = best.end;
    }
    return spans;
  }

  /**
   * The part of the registry that what a text names can depend on: for every run of letters the text could
   * begin a form with (as written or with HTML entities decoded; a Hangul run also by its beginnings), the
   * forms whose first word starts with that run and the people they name, as one digest per run. Anything
   * that changes the spans of a text — or of any part of it, such as the text nodes of the Markdown it is —
   * changes this, and a change of the registry that leaves it unchanged cannot change them: the person links'
   * part of a page's cache key (src/lib/build). Sorted, so the order of the text's words does not matter.
   */
  dependencies(text: string): string[] {
    const byRun = this.formsByFirstRun();
    let runs = this.memory?.get(text);
    // A memory of another registry can name runs this one does not have: found again.
    if (!runs || !runs.every((run) => byRun.has(run))) {
      runs = this.firstRuns(text, byRun);
      this.memory?.set(text, runs);
    }
    return runs.map((run) => byRun.get(run)!);
  }

  // The first runs of forms the text could begin a form with, sorted.
  private firstRuns(text: string, byRun: Map<string, string>): string[] {
    const found = new Set<string>();
    const scan = (source: string) => {
      for (const run of source.split(NON_RUN)) {
        // Most words begin no name at all: their first letter says so, at the cost of one look-up in a set.
        if (!run || !this.firstLetters.has(run.charCodeAt(0))) continue;
        let keys = this.keysOfRun.get(run);
        if (keys === undefined) this.keysOfRun.set(run, (keys = this.runKeys(run, byRun)));
        for (const key of keys) found.add(key);
      }
    };
    scan(text);
    if (text.includes('&')) scan(text.replace(ENTITY, decodeEntity));
    return [...found].sort();
  }

  // The first runs of forms a run of a text may begin: itself, and a Hangul run's beginnings (a name runs into
  // its particle). Texts share most of their words, so each run is looked at once.
  private readonly keysOfRun = new Map<string, readonly string[]>();
  private runKeys(run: string, byRun: Map<string, string>): readonly string[] {
    const keys = byRun.has(run) ? [run] : [];
    const hangul = LEADING_HANGUL.exec(run)?.[0];
    if (hangul) {
      for (let end = Math.min(hangul.length, this.longestHangulRun); end >= 1; end--) {
        if (end === run.length) continue;
        const prefix = hangul.slice(0, end);
        if (byRun.has(prefix)) keys.push(prefix);
      }
    }
    return keys.length ? keys : NONE;
  }

  // For dependencies(): each first run with one digest of every form starting with it (`Jean-Yves` under
  // `Jean`), and how long the longest Hangul one is.
  private runDigests?: Map<string, string>;
  private longestHangulRun = 0;
  private readonly firstLetters = new Set<number>();
  private formsByFirstRun(): Map<string, string> {
    if (this.runDigests) return this.runDigests;
    const forms = new Map<string, string[][]>();
    for (const [first, list] of this.byFirstWord) {
      const run = FIRST_RUN.exec(first)![1]!;
      if (HANGUL_WORD.test(run)) this.longestHangulRun = Math.max(this.longestHangulRun, run.length);
      if (run) this.firstLetters.add(run.charCodeAt(0));
      const entries = forms.get(run) ?? [];
      for (const f of list) entries.push([first, f.words.join(' '), f.person]);
      forms.set(run, entries);
    }
    this.runDigests = new Map([...forms].map(([run, entries]) => [run, `${run} ${hash('sha256', JSON.stringify(entries), 'base64url').slice(0, 16)}`]));
    return this.runDigests;
  }

  /** Ids of the people the text names, in order of first mention. */
  find(text: string): string[] {
    return [...new Set(this.spans(text).flatMap((s) => s.people))];
  }

  // The forms a word may begin: the word itself; the word without trailing punctuation (Campbell,); a Hangul
  // word without up to four trailing syllables, since a Hangul name runs into its particle (김홍균은).
  private candidates(word: string): Form[] {
    const trimmed = word.replace(/[^\p{L}\p{N}]+$/u, '');
    const keys = new Set([word, trimmed]);
    if (HANGUL_WORD.test(trimmed)) for (let cut = 1; cut <= 4 && trimmed.length - cut >= 2; cut++) keys.add(trimmed.slice(0, -cut));
    const forms = [...keys].flatMap((k) => this.byFirstWord.get(k) ?? []);
    return forms.sort((a, b) => b.words.length - a.words.length);
  }

  // Where the form ends in the text when it is named at token i, or undefined when it is not.
  private matchEnd(form: Form, tokens: { word: string; start: number }[], i: number): number | undefined {
    const last = form.words.length - 1;
    for (let k = 0; k < last; k++) if (tokens[i + k]?.word !== form.words[k]) return undefined;
    const token = tokens[i + last];
    const word = form.words[last]!;
    if (!token?.word.startsWith(word) || !endsName(token.word.slice(word.length))) return undefined;
    return token.start + word.length;
  }
}
