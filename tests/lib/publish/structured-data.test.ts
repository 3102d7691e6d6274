import { describe, expect, it } from 'vitest';
import { documentArticle, jsonLd, meetingEvent } from '../../../src/lib/publish/structured-data.ts';
import { realArchive } from '../../support/archive.ts';

const abs = (path: string) => `https://example.org/archive${path}`;

describe('schema.org data (구조화 데이터)', () => {
  const archive = realArchive();

  it('describes a meeting as an event with its participants, in each language', () => {
    const meeting = archive.meeting('2024-05-31-kr-us-vice-ministers');
    const ko = meetingEvent(archive, meeting, 'ko', abs) as Record<string, any>;
    const en = meetingEvent(archive, meeting, 'en', abs) as Record<string, any>;
    expect(ko['@type']).toBe('Event');
    expect(ko.name).toBe('한-미 외교차관회담');
    expect(en.name).toBe("ROK-U.S. Vice Foreign Ministers' Meeting");
    expect(en.startDate).toBe('2024-05-31');
    expect(en.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(en.location).toMatchObject({
      '@type': 'Place',
      name: 'U.S. Department of State',
      address: { addressLocality: 'Washington, D.C.', addressCountry: 'US' },
    });
    expect(en.attendee.map((p: any) => [p.name, p.jobTitle, p.affiliation.identifier])).toEqual([
      ['Kim Hong-kyun', 'First Vice Minister of Foreign Affairs', 'KR'],
      ['Kurt M. Campbell', 'Deputy Secretary of State', 'US'],
    ]);
    expect(ko.attendee[0]).toMatchObject({ name: '김홍균', jobTitle: '외교부 제1차관', url: 'https://example.org/archive/ko/people/kim-hong-kyun/' });
    expect(en.subjectOf.map((s: any) => s.url)).toContain('https://example.org/archive/en/documents/2024-06-01-mofa-kr-us-vice-ministers/');
  });

  it('gives a telephone call a virtual location and its duration', () => {
    const call = meetingEvent(archive, archive.meeting('2018-06-29-kr-us-foreign-ministers-call'), 'en', abs) as Record<string, any>;
    expect(call.eventAttendanceMode).toBe('https://schema.org/OnlineEventAttendanceMode');
    expect(call.location).toEqual({ '@type': 'VirtualLocation', name: 'Telephone' });
    expect(call.duration).toBe('PT33M');
  });

  it('describes a document version as an article of its kind, about its meetings, linked to its translation', () => {
    const group = archive.document('2024-06-01-mofa-kr-us-vice-ministers');
    const en = documentArticle(archive, group.versions.en!, abs) as Record<string, any>;
    expect(en['@type']).toBe('Article');
    expect(en.headline).toBe(group.versions.en!.title);
    expect(en.inLanguage).toBe('en-GB');
    expect(en.translationOfWork.url).toBe('https://example.org/archive/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/');
    expect(en.about.map((e: any) => e['@id'])).toEqual(group.versions.en!.meetings.map((id) => `https://example.org/archive/en/meetings/${id}/#event`));
    const ko = documentArticle(archive, group.versions.ko!, abs) as Record<string, any>;
    expect(ko.workTranslation.map((w: any) => w.inLanguage)).toEqual(['en-GB']);
    expect(ko.translationOfWork).toBeUndefined();
  });

  it('labels news reports, blog posts and machine translations as such', () => {
    const news = documentArticle(archive, archive.document('2018-06-29-ecounion-kr-us-foreign-ministers-call').versions.ko!, abs) as Record<string, any>;
    expect(news['@type']).toBe('NewsArticle');
    expect(news.datePublished).toBe('2018-06-29T16:22:00+09:00');
    expect(news.author).toEqual({ '@type': 'Person', name: '신상미' });
    const blog = documentArticle(archive, archive.document('2024-11-15-gyeongnamzine-lima-foreign-ministers').versions.ko!, abs) as Record<string, any>;
    expect(blog['@type']).toBe('BlogPosting');
    const machine = documentArticle(archive, archive.document('2024-11-15-inside-story-lima-foreign-ministers').versions.en!, abs) as Record<string, any>;
    expect(machine.translator).toEqual({ '@type': 'Organization', name: 'Google Translate' });
  });

  it('writes JSON that cannot end its <script> element', () => {
    const text = jsonLd({ '@type': 'Thing', name: '</script><script>alert(1)</script><!--' });
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@type': 'Thing', name: '</script><script>alert(1)</script><!--' });
  });
});
