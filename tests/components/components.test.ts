import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import MeetingBox from '../../src/components/MeetingBox.astro';
import ProvenanceBadge from '../../src/components/ProvenanceBadge.astro';
import TranslationNotice from '../../src/components/TranslationNotice.astro';
import DocumentList from '../../src/components/DocumentList.astro';
import { realArchive } from '../support/archive.ts';
import { documentListItems, meetingBox } from '../../src/lib/browse/meeting.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const archive = realArchive();
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

describe('ProvenanceBadge', () => {
  it('labels each source kind in both languages', async () => {
    const cases = [
      ['official', 'ko', '공식 보도자료'],
      ['official', 'en', 'Official release'],
      ['news', 'ko', '언론 보도'],
      ['news', 'en', 'News report'],
      ['blog', 'ko', '블로그 글'],
      ['blog', 'en', 'Blog post'],
    ] as const;
    for (const [kind, lang, label] of cases) {
      const html = await container.renderToString(ProvenanceBadge, { props: { kind, lang } });
      expect(text(html)).toBe(label);
      expect(html).toContain(`data-provenance="${kind}"`);
    }
  });
  it('says plainly that a blog post is an unofficial secondary source', async () => {
    expect(text(await container.renderToString(ProvenanceBadge, { props: { kind: 'blog', lang: 'en', explain: true } }))).toContain(
      'An unofficial secondary source',
    );
    expect(text(await container.renderToString(ProvenanceBadge, { props: { kind: 'blog', lang: 'ko', explain: true } }))).toContain('비공식 2차 자료');
  });
});

describe('TranslationNotice', () => {
  const group = archive.document('2024-11-15-inside-story-lima-foreign-ministers');
  it('warns that a machine translation may be wrong and links the original', async () => {
    const html = await container.renderToString(TranslationNotice, { props: { version: group.versions.en, hasOriginal: true } });
    expect(text(html)).toContain('Machine translation. This is a machine translation. It may contain errors');
    expect(text(html)).toContain('Translated by Google Translate');
    expect(html).toContain('href="/ko/documents/2024-11-15-inside-story-lima-foreign-ministers/"');
    expect(html).toContain('구글 번역');
  });
  it('says plainly when the original is not in the archive, and links it where it is published (원문이 없는 번역)', async () => {
    const release = archive.document('2024-06-01-mofa-kr-us-vice-ministers');
    const originalUrl = 'https://www.mofa.go.kr/www/brd/m_4080/view.do?seq=375000';
    const en = { ...release.versions.en!, translation: { status: 'official' as const, from: 'ko' as const, originalUrl } };
    const html = await container.renderToString(TranslationNotice, { props: { version: en, hasOriginal: false } });
    expect(text(html)).toContain(
      'Official translation. This is an official translation. The Korean original is not in the archive yet. Read the Korean original at its source',
    );
    expect(html).toContain(`href="${originalUrl.replaceAll('&', '&amp;')}"`);
    expect(html).not.toContain('href="/ko/documents/');
    const ko = { ...release.versions.ko!, translation: { status: 'unofficial' as const, from: 'en' as const } };
    const koHtml = await container.renderToString(TranslationNotice, { props: { version: ko, hasOriginal: false } });
    expect(text(koHtml)).toContain('비공식 번역. 이 문서는 비공식 번역본입니다. 원문과 다를 수 있습니다. 영어 원문은 아직 아카이브에 없습니다.');
    expect(koHtml).not.toContain('<a ');
  });
  it('says nothing for an original', async () => {
    const html = await container.renderToString(TranslationNotice, { props: { version: group.versions.ko, hasOriginal: true } });
    expect(text(html)).toBe('');
  });
});

describe('MeetingBox', () => {
  it('tells who met whom, with roles, where, how and on what occasion, in Korean', async () => {
    const html = await container.renderToString(MeetingBox, {
      props: { box: meetingBox(archive, archive.meeting('2024-11-14-kr-us-foreign-ministers'), 'ko'), lang: 'ko' },
    });
    const t = text(html);
    expect(t).toContain('한-미 외교장관회담');
    expect(t).toContain('조태열 — 외교부 장관 (대한민국 측)');
    expect(t).toContain('안토니 블링컨 — 미 국무장관 (미국 측)');
    expect(t).toContain('리마, 페루');
    expect(t).toContain('대면 · 장관급');
    expect(t).toContain('아시아태평양경제협력체(APEC) 각료회의');
    expect(t).toContain('한-일 외교장관회담');
  });
  it('tells the same in English', async () => {
    const html = await container.renderToString(MeetingBox, {
      props: { box: meetingBox(archive, archive.meeting('2018-06-29-kr-us-foreign-ministers-call'), 'en'), lang: 'en' },
    });
    const t = text(html);
    expect(t).toContain("ROK-U.S. Foreign Ministers' Telephone Call");
    expect(t).toContain('Kang Kyung-wha — Minister of Foreign Affairs (Republic of Korea side)');
    expect(t).toContain('Mike Pompeo — Secretary of State (United States side)');
    expect(t).toContain('Telephone · Ministerial');
    expect(t).toContain('Friday 29 June 2018 (morning) — 33 minutes');
  });
});

describe('DocumentList', () => {
  it('links every language version with its translation status', async () => {
    const html = await container.renderToString(DocumentList, {
      props: { items: documentListItems([archive.document('2024-11-15-inside-story-lima-foreign-ministers')], 'en'), lang: 'en' },
    });
    expect(html).toContain('href="/en/documents/2024-11-15-inside-story-lima-foreign-ministers/"');
    expect(html).toContain('href="/ko/documents/2024-11-15-inside-story-lima-foreign-ministers/"');
    expect(text(html)).toContain('(English, Machine translation)');
    expect(text(html)).toContain('(Korean, Original)');
    expect(text(html)).toContain('News report');
  });
});
