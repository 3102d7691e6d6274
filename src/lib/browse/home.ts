/** The home page in one language: the archive's counts, the timeline of meetings, the latest meetings. */
import type { Lang } from '../../schemas/index.ts';
import type { Archive } from '../model/archive.ts';
import { meetingTitle } from '../model/meetings.ts';
import { timelineData, type TimelineData } from './timeline.ts';

export interface HomeView {
  lang: Lang;
  counts: { meetings: number; documents: number; versions: number; people: number; countries: number };
  timeline: TimelineData;
  latest: { id: string; title: string; date: string }[];
}

export function homeView(archive: Archive, lang: Lang): HomeView {
  const { input } = archive;
  return {
    lang,
    counts: {
      meetings: input.meetings.length,
      documents: archive.documentGroups.length,
      versions: input.documents.length,
      people: input.people.length,
      countries: archive.counterpartCountries().length,
    },
    timeline: timelineData(archive, lang),
    latest: archive.meetingsNewestFirst.slice(0, 5).map((m) => ({ id: m.id, title: meetingTitle(archive, m, lang), date: m.date })),
  };
}
