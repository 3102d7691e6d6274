/** The topic pages: the topics documents carry, and one topic's documents and meetings. */
import type { Lang } from '../../schemas/index.ts';
import type { Archive } from '../model/archive.ts';
import { indexRow, type IndexRow } from '../model/meetings.ts';
import { paths } from '../model/urls.ts';
import { COLLATOR } from './collation.ts';
import { feedOf } from './feed-link.ts';
import { byShownDateDesc, documentItem, type DocumentItem } from './document-item.ts';

export interface TopicListItem {
  id: string;
  url: string;
  name: string;
  documents: number;
}

/** Topics that documents carry, by name, with how many documents. */
export function topicsList(archive: Archive, lang: Lang): TopicListItem[] {
  return archive.input.topics
    .map((topic) => ({ id: topic.id, url: paths.topic(lang, topic.id), name: topic.name[lang], documents: archive.documentsOn(topic.id).length }))
    .filter((x) => x.documents > 0)
    .sort((a, b) => COLLATOR[lang].compare(a.name, b.name));
}

export interface TopicView {
  id: string;
  name: string;
  documents: DocumentItem[];
  meetings: IndexRow[];
  /** The topic's feed, when it has a document in the language. */
  feed?: string;
}

/** The documents on a topic, newest first, and the meetings they report. */
export function topicView(archive: Archive, id: string, lang: Lang): TopicView {
  return {
    id,
    name: archive.topic(id).name[lang],
    documents: archive
      .documentsOn(id)
      .map((g) => documentItem(g, lang))
      .sort(byShownDateDesc),
    meetings: archive.meetingsOn(id).map((m) => indexRow(archive, m, lang)),
    ...feedOf(archive, lang, { kind: 'topics', id }),
  };
}
