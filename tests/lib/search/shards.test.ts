import { describe, expect, it } from 'vitest';
import { RECORDS_PER_SHARD, shardCount, shardCounts, shardOf, shardPlans, shardSize } from '../../../src/lib/search/shards.ts';

const ids = Array.from({ length: 10_000 }, (_, i) => `${1996 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}-official-${String(i).padStart(6, '0')}`);

describe("search shards: a language's index in parts of about 2,500 Korean (한국어) or 5,000 English documents", () => {
  it('keeps a small archive in one shard and splits a large one', () => {
    expect(RECORDS_PER_SHARD).toEqual({ ko: 2_500, en: 5_000 });
    expect(shardCount(0, 5_000)).toBe(1);
    expect(shardCount(1_000, 5_000)).toBe(1);
    expect(shardCount(7_400, 5_000)).toBe(1);
    expect(shardCount(7_600, 5_000)).toBe(2);
    expect(shardCount(10_000, 5_000)).toBe(2);
    expect(shardCount(30_000, 5_000)).toBe(6);
    expect(shardCount(10_000, 2_500)).toBe(4);
    expect(shardCount(6, 1)).toBe(6);
  });

  it('puts a document in the same shard every time, and the documents evenly', () => {
    const sizes = new Array<number>(4).fill(0);
    for (const id of ids) {
      const shard = shardOf(id, 4);
      expect(shard).toBe(shardOf(id, 4));
      sizes[shard]!++;
    }
    for (const size of sizes) expect(Math.abs(size - 2_500)).toBeLessThan(250);
    expect(shardOf('2024-06-01-mofa-kr-us-vice-ministers', 1)).toBe(0);
  });

  it('counts each language on its own', () => {
    const documents = [...ids.map((id) => ({ lang: 'ko' as const, id })), ...ids.slice(0, 2_000).map((id) => ({ lang: 'en' as const, id }))];
    expect(shardCounts(documents, ['ko', 'en'], 2_500)).toEqual({ ko: 4, en: 1 });
    // Unless told otherwise, each language at its own size: 10,000 Korean documents in 4, 2,000 English ones in 1.
    expect(shardCounts(documents, ['ko', 'en'])).toEqual({ ko: 4, en: 1 });
    expect(shardCounts([...documents, ...ids.map((id) => ({ lang: 'en' as const, id }))], ['ko', 'en'])).toEqual({ ko: 4, en: 2 });
  });

  it('gives no folder to a shard no document fell into, however small the shards', () => {
    const few = ids.slice(0, 6).map((id) => ({ lang: 'ko' as const, id }));
    const { ko } = shardPlans(few, ['ko'], 1);
    expect(ko.count).toBe(new Set(few.map((d) => shardOf(d.id, 6))).size);
    expect(ko.count).toBeGreaterThan(1);
    // Every folder holds a document, and each document is in one.
    expect(new Set(few.map((d) => ko.folderOf(d.id)))).toEqual(new Set(Array.from({ length: ko.count }, (_, i) => i)));
    expect(shardCounts([], ['ko', 'en'], 1)).toEqual({ ko: 1, en: 1 });
  });

  it('reads ARCHIVE_SEARCH_SHARD_SIZE, and says how to fix a wrong one', () => {
    expect(shardSize('ko', {})).toBe(2_500);
    expect(shardSize('en', {})).toBe(5_000);
    expect(shardSize('ko', { ARCHIVE_SEARCH_SHARD_SIZE: ' 500 ' })).toBe(500);
    expect(shardSize('en', { ARCHIVE_SEARCH_SHARD_SIZE: ' 500 ' })).toBe(500);
    for (const wrong of ['0', '-3', '2.5', 'many']) {
      expect(() => shardSize('ko', { ARCHIVE_SEARCH_SHARD_SIZE: wrong })).toThrow(
        /^ARCHIVE_SEARCH_SHARD_SIZE: ".*" is not a whole number of documents: give one of 1 or more, e\.g\. ARCHIVE_SEARCH_SHARD_SIZE=5000/,
      );
    }
  });
});
