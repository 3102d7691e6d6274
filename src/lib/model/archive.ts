import type { CountryData, DocumentData, Lang, MeetingData, PersonData, TopicData } from '../../schemas/index.ts';

/** One language version of a document, as the model sees it. */
export type DocumentVersion = DocumentData & { body?: string };

export interface ArchiveInput {
  documents: DocumentVersion[];
  meetings: MeetingData[];
  people: PersonData[];
  countries: CountryData[];
  topics: TopicData[];
}

/** A document with all its language versions. */
export interface DocumentGroup {
  id: string;
  versions: Partial<Record<Lang, DocumentVersion>>;
  /** The original (or the first version when none is marked original). */
  primary: DocumentVersion;
}

/** The country every meeting in the archive is held with: the Republic of Korea. */
export const HOME_COUNTRY = 'kr';

const byDateDesc = (a: { date: string; id: string }, b: { date: string; id: string }) =>
  b.date.localeCompare(a.date) || a.id.localeCompare(b.id);

/** Look-ups over validated content; built once per build. */
export class Archive {
  readonly meetingsNewestFirst: MeetingData[];
  readonly documentGroups: DocumentGroup[];
  private readonly meetingsById: Map<string, MeetingData>;
  private readonly peopleById: Map<string, PersonData>;
  private readonly countriesById: Map<string, CountryData>;
  private readonly topicsById: Map<string, TopicData>;
  private readonly groupsById: Map<string, DocumentGroup>;
  private readonly groupsByMeeting: Map<string, DocumentGroup[]>;

  readonly input: ArchiveInput;
  /** Whether the archive holds generated benchmark data; every page then says so. */
  readonly synthetic: boolean;

  constructor(input: ArchiveInput) {
    this.input = input;
    this.synthetic = input.documents.some((d) => d.synthetic) || input.meetings.some((m) => m.synthetic);
    this.meetingsNewestFirst = [...input.meetings].sort(byDateDesc);
    this.meetingsById = new Map(input.meetings.map((m) => [m.id, m]));
    this.peopleById = new Map(input.people.map((p) => [p.id, p]));
    this.countriesById = new Map(input.countries.map((c) => [c.id, c]));
    this.topicsById = new Map(input.topics.map((t) => [t.id, t]));

    this.groupsById = new Map();
    for (const doc of input.documents) {
      const group = this.groupsById.get(doc.id) ?? { id: doc.id, versions: {}, primary: doc };
      group.versions[doc.lang] = doc;
      if (doc.translation.status === 'original') group.primary = doc;
      this.groupsById.set(doc.id, group);
    }
    // Official releases first, then by publication date, so a meeting's record leads with its primary source.
    const rank = { official: 0, news: 1, blog: 2 } as const;
    this.documentGroups = [...this.groupsById.values()].sort(
      (a, b) =>
        rank[a.primary.source.kind] - rank[b.primary.source.kind] ||
        a.primary.published.localeCompare(b.primary.published) ||
        a.id.localeCompare(b.id),
    );
    this.groupsByMeeting = new Map();
    for (const group of this.documentGroups) {
      for (const meetingId of group.primary.meetings) {
        this.groupsByMeeting.set(meetingId, [...(this.groupsByMeeting.get(meetingId) ?? []), group]);
      }
    }
  }

  meeting(id: string): MeetingData {
    return required(this.meetingsById.get(id), 'meeting', id);
  }
  person(id: string): PersonData {
    return required(this.peopleById.get(id), 'person', id);
  }
  country(code: string): CountryData {
    return required(this.countriesById.get(code), 'country', code);
  }
  topic(id: string): TopicData {
    return required(this.topicsById.get(id), 'topic', id);
  }
  document(id: string): DocumentGroup {
    return required(this.groupsById.get(id), 'document', id);
  }
  /** Documents reporting a meeting, official releases first. */
  documentsOf(meetingId: string): DocumentGroup[] {
    return this.groupsByMeeting.get(meetingId) ?? [];
  }
  /** The meetings just before and after one, in date order. */
  adjacent(meetingId: string): { previous?: MeetingData; next?: MeetingData } {
    const list = this.meetingsNewestFirst;
    const i = list.findIndex((m) => m.id === meetingId);
    return { previous: i >= 0 ? list[i + 1] : undefined, next: i > 0 ? list[i - 1] : undefined };
  }
  /** Counterpart countries met at least once. */
  counterpartCountries(): CountryData[] {
    const codes = new Set(this.input.meetings.flatMap((m) => m.counterparts));
    return [...codes].sort().map((c) => this.country(c));
  }
}

function required<T>(value: T | undefined, what: string, id: string): T {
  // The content checks guarantee references resolve; reaching this is a bug, not bad input.
  if (value === undefined) throw new Error(`internal: unknown ${what} "${id}" (content checks should have caught this)`);
  return value;
}
