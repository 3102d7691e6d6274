import { describe, expect, it } from 'vitest';
import { Archive } from '../../../src/lib/model/archive.ts';
import { peopleOpenData, countriesOpenData, topicsOpenData } from '../../../src/lib/publish/open-data.ts';
import { personView } from '../../../src/lib/browse/people.ts';
import { countryView } from '../../../src/lib/browse/countries.ts';
import { topicView } from '../../../src/lib/browse/topics.ts';
import { documentView } from '../../../src/lib/browse/document.ts';
import { realArchive } from '../../support/archive.ts';

const archive = realArchive();

describe('the archive’s relations (관계)', () => {
  it('gives a person’s meetings newest first, each once, the same to the person page and to people.json', () => {
    const ids = archive.meetingsOf('kim-hong-kyun').map((m) => m.id);
    expect(ids).toEqual(['2024-05-31-kr-us-vice-ministers', '2024-05-30-kr-us-csis-roundtable', '2024-05-29-kr-us-kim-finer']);
    expect(personView(archive, 'kim-hong-kyun', 'en').meetings.map((m) => m.id)).toEqual(ids);
    expect(peopleOpenData(archive, '/').people.find((p) => p.id === 'kim-hong-kyun')?.meetings).toEqual(ids);
    expect(archive.meetingsOf('nobody')).toEqual([]);
  });

  it('counts a person once per meeting even when the record names them twice', () => {
    const m = archive.meetingsNewestFirst[0]!;
    const twice = new Archive({ ...archive.input, meetings: [{ ...m, participants: [...m.participants, m.participants[0]!] }] });
    expect(twice.meetingsOf(m.participants[0]!.person)).toHaveLength(1);
  });

  it('gives the meetings with a country and the documents on a topic once, for pages and data files alike', () => {
    const us = archive.meetingsWith('us').map((m) => m.id);
    expect(us.length).toBeGreaterThan(0);
    expect(countryView(archive, 'us', 'ko').meetings.map((m) => m.id)).toEqual(us);
    expect(countriesOpenData(archive, '/').countries.find((c) => c.id === 'us')?.meetings).toEqual(us);
    const onTopic = archive.documentsOn('kr-us-alliance').map((g) => g.id);
    expect(topicsOpenData(archive, '/').topics.find((t) => t.id === 'kr-us-alliance')?.documents).toEqual(onTopic);
    expect(topicView(archive, 'kr-us-alliance', 'en').meetings.map((m) => m.id)).toEqual(archive.meetingsOn('kr-us-alliance').map((m) => m.id));
    const dates = archive.documentsNewestFirst.map((g) => g.primary.published);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('a document’s page (문서 화면)', () => {
  it('names its other version, its meetings, the documents beside it and its neighbours, in Korean and English', () => {
    const group = archive.document('2024-06-01-mofa-kr-us-vice-ministers');
    for (const lang of ['ko', 'en'] as const) {
      const v = documentView(archive, group.versions[lang]!, { site: 'https://archive.example.org', base: '/' });
      expect(v.other).toBe(lang === 'ko' ? 'en' : 'ko');
      expect(v.otherTitle).toBe(group.versions[v.other]!.title);
      expect(v.alternates).toEqual({ ko: '/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/', en: '/en/documents/2024-06-01-mofa-kr-us-vice-ministers/' });
      expect(v.meeting.id).toBe('2024-05-31-kr-us-vice-ministers');
      expect(v.related.every((item) => item.links.every((l) => l.id !== group.id))).toBe(true);
      expect(v.pager.previous?.date ?? '').not.toBe('');
      expect(v.pager.previous!.date <= v.meeting.date).toBe(true);
      expect(v.citation.archiveUrl).toBe(`https://archive.example.org/${lang}/documents/2024-06-01-mofa-kr-us-vice-ministers/`);
    }
  });
});
