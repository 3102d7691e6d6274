import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../../src/dev/bench/generate.ts';
import { hasFinalConsonant, koreanVocabulary, prng, withParticle, zipf } from '../../../src/dev/bench/vocabulary.ts';
import { checkContentFolder } from '../../../src/lib/content/check-folder-fs.ts';
import { fingerprint } from '../../support/files.ts';

const generate = (n: number, seed: number) => {
  const dir = mkdtempSync(join(tmpdir(), 'gen-test-'));
  return { dir, stats: generateArchive({ n, seed, outDir: dir }) };
};

describe('synthetic archive generator', () => {
  const { dir, stats } = generate(200, 7);
  const { data, problems } = checkContentFolder(dir);

  it('writes an archive the content checks accept', () => {
    expect(problems).toEqual([]);
    expect(data.documents).toHaveLength(400);
    expect(stats).toMatchObject({ documents: 200, languageVersions: 400, meetings: 160 });
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(fingerprint(generate(200, 7).dir)).toEqual(fingerprint(dir));
    expect(fingerprint(generate(200, 8).dir)).not.toEqual(fingerprint(dir));
  });

  it('has the registry and variety the benchmark needs', () => {
    expect(stats.koreanVocabulary).toBeGreaterThanOrEqual(50_000);
    expect(data.people.length).toBeGreaterThanOrEqual(2_000);
    expect(new Set(data.meetings.flatMap((m) => m.counterparts)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(data.meetings.map((m) => m.format))).toEqual(new Set(['in-person', 'telephone', 'video']));
    expect(new Set(data.meetings.map((m) => m.level))).toEqual(new Set(['summit', 'minister', 'vice-minister', 'senior-official', 'working']));
    expect(new Set(data.meetings.map((m) => m.date.slice(0, 4))).size).toBeGreaterThanOrEqual(25);
    expect(data.documents.every((d) => d.synthetic) && data.meetings.every((m) => m.synthetic)).toBe(true);
  });

  it('writes 6 to 12 paragraphs per document, with particles and ·-joined words in Korean', () => {
    for (const d of data.documents) {
      const paragraphs = d.body.trim().split(/\n\n+/);
      expect(paragraphs.length).toBeGreaterThanOrEqual(6);
      expect(paragraphs.length).toBeLessThanOrEqual(12);
    }
    const korean = data.documents
      .filter((d) => d.lang === 'ko')
      .map((d) => d.body)
      .join('\n');
    expect(korean).toMatch(/[가-힣]{2,}(?:에서|으로|까지)\s/);
    expect(korean).toMatch(/[가-힣]+·[가-힣]+·[가-힣]+/);
    const files = readdirSync(join(dir, 'documents'));
    expect(readFileSync(join(dir, 'documents', files[0]!), 'utf8')).toContain('synthetic: true');
  });
});

describe('vocabulary', () => {
  it('attaches the particle form that fits the last syllable', () => {
    expect(hasFinalConsonant('동맹')).toBe(true);
    expect(hasFinalConsonant('협의')).toBe(false);
    expect(withParticle('동맹', 0)).toBe('동맹이');
    expect(withParticle('협의', 0)).toBe('협의가');
  });
  it('draws ranks with a Zipf-like fall-off', () => {
    const rng = prng(1);
    const draw = zipf(1000);
    const counts = new Array(1000).fill(0);
    for (let i = 0; i < 100_000; i++) counts[draw(rng)]++;
    expect(counts[0]).toBeGreaterThan(counts[9] * 5);
    expect(counts[9]).toBeGreaterThan(counts[99] * 5);
  });
  it('holds at least 50,000 distinct Korean word forms', () => {
    const v = koreanVocabulary(prng(3));
    expect(new Set(v.forms).size).toBe(v.forms.length);
    expect(v.forms.length).toBeGreaterThanOrEqual(50_000);
  });
});
