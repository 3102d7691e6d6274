/**
 * What a document's page shows beside its body: its other language version, the meetings it reports, the
 * other documents about them, the meetings before and after, and its citation. The page only lays these out.
 */
import type { Lang, MeetingData } from '../../schemas/index.ts';
import { otherLang } from '../i18n/index.ts';
import type { Archive, DocumentGroup, DocumentVersion } from '../model/archive.ts';
import { paths } from '../model/urls.ts';
import { citationOf, type Citation, type SiteLocation } from '../publish/citation/model.ts';

export interface DocumentView {
  version: DocumentVersion;
  group: DocumentGroup;
  other: Lang;
  otherVersion?: DocumentVersion;
  /** The page in each language the document has, for the head's hreflang links. */
  alternates: Partial<Record<Lang, string>>;
  /** The meeting the document is about (the first it names) and those reported alongside it. */
  meeting: MeetingData;
  alsoReported: MeetingData[];
  /** Whether the original a translation was made from is in the archive. */
  hasOriginal: boolean;
  topics: string[];
  related: DocumentGroup[];
  previous?: MeetingData;
  next?: MeetingData;
  citation: Citation;
}

export function documentView(archive: Archive, version: DocumentVersion, location: SiteLocation): DocumentView {
  const { lang, id } = version;
  const group = archive.document(id);
  const other = otherLang(lang);
  const otherVersion = group.versions[other];
  const [meeting, ...alsoReported] = archive.meetingsReportedBy(version);
  const from = version.translation.from;
  return {
    version,
    group,
    other,
    ...(otherVersion ? { otherVersion } : {}),
    alternates: Object.fromEntries(Object.keys(group.versions).map((l) => [l, paths.document(l as Lang, id)])),
    meeting: meeting!,
    alsoReported,
    hasOriginal: !!(from && group.versions[from]),
    topics: version.topics.map((t) => archive.topic(t).name[lang]),
    related: archive.relatedDocuments(version),
    ...archive.neighbours(version),
    citation: citationOf(archive, version, location),
  };
}
