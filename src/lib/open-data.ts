import type { Archive } from './archive.ts';
import { meetingRecords } from './meetings.ts';
import { withBase } from './urls.ts';

/** `data/meetings.json`: the meeting records behind the meeting index, with URLs that work under the deploy base. */
export function meetingsOpenData(archive: Archive, base: string) {
  return {
    generator: 'diplomatic-briefing-archive',
    count: archive.meetingsNewestFirst.length,
    meetings: meetingRecords(archive).map((m) => ({
      ...m,
      documents: m.documents.map((doc) => ({ ...doc, url: withBase(base, doc.url) })),
    })),
  };
}
