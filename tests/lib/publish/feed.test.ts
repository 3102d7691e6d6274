import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../../src/dev/bench/generate.ts';
import { documentFeed, FEED_SIZE } from '../../../src/lib/publish/feed.ts';
import { archiveOf, realArchive } from '../../support/archive.ts';
import { feedOf } from '../../../src/lib/browse/feed-link.ts';

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

describe('feeds of one country, person or topic (국가·인물·주제별 피드)', () => {
  it('carry only the documents on it, newest first, named after it, at its own address', () => {
    const archive = realArchive();
    const person = documentFeed(archive, 'ko', abs, { kind: 'people', id: 'kim-hong-kyun' });
    expect(person.title).toBe('외교 브리핑 아카이브: 김홍균');
    expect(person.self).toBe('https://example.org/ko/people/kim-hong-kyun/feed.xml');
    expect(person.items.map((i) => i.link)).toEqual(['https://example.org/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/']);
    const japan = documentFeed(archive, 'en', abs, { kind: 'countries', id: 'jp' });
    expect(japan.title).toBe('Diplomatic Briefing Archive: Japan');
    expect(japan.items.map((i) => i.link)).toEqual(['https://example.org/en/documents/2024-11-15-inside-story-lima-foreign-ministers/']);
    const topic = documentFeed(archive, 'ko', abs, { kind: 'topics', id: 'north-korea' });
    expect(topic.items.length).toBeGreaterThan(0);
    for (const item of topic.items) expect(archive.document(item.link.split('/').at(-2)!).primary.topics).toContain('north-korea');
  });

  it('stop at the latest 50 of a person’s documents, and exist only where there is one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'feed-test-'));
    generateArchive({ n: 400, seed: 4, outDir: dir, people: 12 });
    const archive = archiveOf(dir);
    const busiest = archive.input.people.map((p) => p.id).sort((a, b) => archive.meetingsOf(b).length - archive.meetingsOf(a).length)[0]!;
    const feed = documentFeed(archive, 'en', abs, { kind: 'people', id: busiest });
    expect(feed.items).toHaveLength(FEED_SIZE);
    const dates = feed.items.map((i) => i.pubDate.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const ids = new Set(archive.meetingsOf(busiest).flatMap((m) => archive.documentsOf(m.id).map((g) => g.id)));
    expect(feed.items.every((i) => ids.has(i.link.split('/').at(-2)!))).toBe(true);
    expect(feedOf(realArchive(), 'ko', { kind: 'people', id: 'mike-pompeo' })).toEqual({ feed: '/ko/people/mike-pompeo/feed.xml' });
    expect(feedOf(realArchive(), 'en', { kind: 'people', id: 'mike-pompeo' })).toEqual({});
  });
});
