import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../../src/dev/bench/generate.ts';
import { documentFeed, FEED_SIZE } from '../../../src/lib/publish/feed.ts';
import { archiveOf, realArchive } from '../../support/archive.ts';

const abs = (path: string) => `https://example.org${path}`;

describe('RSS feeds (RSS 피드)', () => {
  it("carry each language's documents, newest first, labelled with their kind and translation", () => {
    const archive = realArchive();
    const ko = documentFeed(archive, 'ko', abs);
    const en = documentFeed(archive, 'en', abs);
    expect(ko.items).toHaveLength(archive.input.documents.filter((d) => d.lang === 'ko').length);
    expect(en.items).toHaveLength(archive.input.documents.filter((d) => d.lang === 'en').length);
    expect(ko.language).toBe('ko-KR');
    expect(ko.self).toBe('https://example.org/ko/feed.xml');
    const times = ko.items.map((i) => i.pubDate.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(ko.items.every((i) => i.link.startsWith('https://example.org/ko/documents/'))).toBe(true);
    const blog = ko.items.find((i) => i.link.includes('gyeongnamzine'))!;
    expect(blog.description).toMatch(/^\[블로그 글\]/);
    const machine = en.items.find((i) => i.link.includes('inside-story'))!;
    expect(machine.description).toMatch(/^\[News report, Machine translation\]/);
    // Korean local time: the 2018 report was posted at 16:22 in Seoul.
    expect(ko.items.find((i) => i.link.includes('2018-06-29'))!.pubDate.toISOString()).toBe('2018-06-29T07:22:00.000Z');
  });

  it('stop at the latest 50 documents of a larger archive', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-test-'));
    generateArchive({ n: 80, seed: 3, outDir: dir });
    const archive = archiveOf(dir);
    const feed = documentFeed(archive, 'en', abs);
    expect(feed.items).toHaveLength(FEED_SIZE);
    const newest = archive.input.documents
      .filter((d) => d.lang === 'en')
      .map((d) => d.published)
      .sort()
      .reverse()
      .slice(0, FEED_SIZE);
    expect(
      feed.items
        .map((i) => i.link.split('/').at(-2))
        .map((id) => archive.document(id!).versions.en!.published)
        .sort()
        .reverse(),
    ).toEqual(newest);
  });
});
