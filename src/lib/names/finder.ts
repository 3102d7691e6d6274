import type { PersonData } from '../../schemas/index.ts';
import { stripParticle } from '../search/korean.ts';

const clean = (token: string) => stripParticle(token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));

/**
 * Finds the people a text names, by any recorded full name or variant, in one pass over its words:
 * forms are looked up by their first word, so the cost grows with the text, not with the registry.
 */
export class NameFinder {
  private readonly byFirstWord = new Map<string, { words: string[]; person: string }[]>();

  constructor(people: readonly PersonData[]) {
    for (const p of people) {
      for (const form of new Set([p.name.ko, p.name.en, ...p.variants.ko, ...p.variants.en])) {
        const words = form.split(/\s+/).filter(Boolean);
        const first = words[0];
        if (!first) continue;
        const list = this.byFirstWord.get(first) ?? [];
        list.push({ words, person: p.id });
        this.byFirstWord.set(first, list);
      }
    }
  }

  /** Ids of the people the text names, in order of first mention. */
  find(text: string): string[] {
    const raw = text.split(/\s+/).filter(Boolean);
    const found = new Set<string>();
    for (let i = 0; i < raw.length; i++) {
      const token = raw[i]!;
      const candidates = this.byFirstWord.get(token) ?? this.byFirstWord.get(token.replace(/^[^\p{L}\p{N}]+/u, '')) ?? this.byFirstWord.get(clean(token));
      for (const { words, person } of candidates ?? []) {
        const last = words.length - 1;
        const matches = words.every((w, k) => {
          const t = raw[i + k];
          if (t === undefined) return false;
          // Inner words match exactly; the last may carry a particle or punctuation (김홍균은, Blinken's).
          return k === 0 || (k < last ? t === w : t === w || clean(t) === w || t.startsWith(w));
        });
        if (matches) found.add(person);
      }
    }
    return [...found];
  }
}
