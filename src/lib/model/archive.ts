import type { CountryData, DocumentData, Lang, MeetingData, OfficeData, PersonData, TopicData } from '../../schemas/index.ts';
import { heldOn, inOrder, tenuresOf, type Tenure } from './offices.ts';
import { deriveTrips, deriveVisits, journeyOfMeeting, type Trip, type Visit } from './trips.ts';

/** One language version of a document: its frontmatter and its Markdown body. */
export type DocumentVersion = DocumentData & { body: string };

/** Everything the archive holds, validated: what the content checks read and the model is built from. */
export interface ArchiveData {
  documents: DocumentVersion[];
  meetings: MeetingData[];
  people: PersonData[];
  countries: CountryData[];
  topics: TopicData[];
  offices: OfficeData[];
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

const byDateDesc = (a: { date: string; id: string }, b: { date: string; id: string }) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id);

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

  readonly input: ArchiveData;
  /** Whether the archive holds generated benchmark data; every page then says so. */
  readonly synthetic: boolean;

  constructor(input: ArchiveData) {
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
      (a, b) => rank[a.primary.source.kind] - rank[b.primary.source.kind] || a.primary.published.localeCompare(b.primary.published) || a.id.localeCompare(b.id),
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
  office(id: string): OfficeData {
    this.#officesById ??= new Map(this.input.offices.map((o) => [o.id, o]));
    return required(this.#officesById.get(id), 'office', id);
  }
  #officesById?: Map<string, OfficeData>;

  /** An office's holders in order, oldest first (src/lib/model/offices.ts). */
  holdersOf(officeId: string): Tenure[] {
    if (!this.#holders) {
      const tenures = tenuresOf(this.input.people);
      this.#holders = new Map(this.input.offices.map((o) => [o.id, inOrder(tenures.filter((t) => t.office === o.id))]));
    }
    return this.#holders.get(officeId) ?? [];
  }
  #holders?: Map<string, Tenure[]>;

  /** The meetings a holder took part in during a term, oldest first. */
  meetingsInTerm(tenure: Tenure): MeetingData[] {
    return this.meetingsOf(tenure.person)
      .filter((m) => heldOn(tenure, m.date))
      .reverse();
  }
  /** Documents reporting a meeting, official releases first. */
  documentsOf(meetingId: string): DocumentGroup[] {
    return this.groupsByMeeting.get(meetingId) ?? [];
  }
  /** The meetings just before and after one, in date order. */
  adjacent(meetingId: string): { previous?: MeetingData; next?: MeetingData } {
    const list = this.meetingsNewestFirst;
    this.#position ??= new Map(list.map((m, i) => [m.id, i]));
    const i = this.#position.get(meetingId) ?? -1;
    return { previous: i >= 0 ? list[i + 1] : undefined, next: i > 0 ? list[i - 1] : undefined };
  }
  #position?: Map<string, number>;

  /** Counterpart countries met at least once (a new list each time: callers may sort it). */
  counterpartCountries(): CountryData[] {
    this.#counterparts ??= [...new Set(this.input.meetings.flatMap((m) => m.counterparts))].sort().map((c) => this.country(c));
    return [...this.#counterparts];
  }
  #counterparts?: CountryData[];

  // ---- relations: each computed once, in one pass, and asked for by every page and data file ----

  /** Documents newest first by their primary version's publication date, then id. */
  get documentsNewestFirst(): DocumentGroup[] {
    return (this.#documentsNewestFirst ??= [...this.documentGroups].sort(
      (a, b) => b.primary.published.localeCompare(a.primary.published) || a.id.localeCompare(b.id),
    ));
  }
  #documentsNewestFirst?: DocumentGroup[];

  /** Journeys abroad of Korean principals, oldest first (src/lib/model/trips.ts). */
  get trips(): Trip[] {
    return (this.#trips ??= deriveTrips(this.input.meetings));
  }
  #trips?: Trip[];

  /** Visits to Korea of foreign principals, oldest first. */
  get visits(): Visit[] {
    return (this.#visits ??= deriveVisits(this.input.meetings));
  }
  #visits?: Visit[];

  /** The trip or the visit a meeting was part of, if any. */
  journeyOf(meetingId: string): { trip?: Trip; visit?: Visit } {
    this.#tripOf ??= journeyOfMeeting(this.trips);
    this.#visitOf ??= journeyOfMeeting(this.visits);
    return { trip: this.#tripOf.get(meetingId), visit: this.#visitOf.get(meetingId) };
  }
  #tripOf?: Map<string, Trip>;
  #visitOf?: Map<string, Visit>;

  /** A person's trips abroad and visits to Korea, oldest first: grouped once, not searched for on every page. */
  journeysOfPerson(personId: string): { trips: Trip[]; visits: Visit[] } {
    this.#tripsBy ??= groupBy(this.trips, (t) => [t.traveller]);
    this.#visitsBy ??= groupBy(this.visits, (v) => [v.visitor]);
    return { trips: this.#tripsBy.get(personId) ?? [], visits: this.#visitsBy.get(personId) ?? [] };
  }
  #tripsBy?: Map<string, Trip[]>;
  #visitsBy?: Map<string, Visit[]>;

  /** The meetings a person took part in, newest first. */
  meetingsOf(personId: string): MeetingData[] {
    this.#byPerson ??= groupBy(this.meetingsNewestFirst, (m) => m.participants.map((p) => p.person));
    return this.#byPerson.get(personId) ?? [];
  }
  #byPerson?: Map<string, MeetingData[]>;

  /** The meetings held with a counterpart country, newest first. */
  meetingsWith(countryCode: string): MeetingData[] {
    this.#byCountry ??= groupBy(this.meetingsNewestFirst, (m) => m.counterparts);
    return this.#byCountry.get(countryCode) ?? [];
  }
  #byCountry?: Map<string, MeetingData[]>;

  /** The documents on a topic (their primary version's topics), newest first. */
  documentsOn(topicId: string): DocumentGroup[] {
    this.#byTopic ??= groupBy(this.documentsNewestFirst, (g) => g.primary.topics);
    return this.#byTopic.get(topicId) ?? [];
  }
  #byTopic?: Map<string, DocumentGroup[]>;

  /** The meetings that the documents on a topic report, newest first. */
  meetingsOn(topicId: string): MeetingData[] {
    const ids = new Set(this.documentsOn(topicId).flatMap((g) => g.primary.meetings));
    return this.meetingsNewestFirst.filter((m) => ids.has(m.id));
  }

  /** The people of a country's registry, by id. */
  peopleOf(countryCode: string): PersonData[] {
    this.#peopleByCountry ??= groupBy(
      [...this.input.people].sort((a, b) => a.id.localeCompare(b.id)),
      (p) => [p.country],
    );
    return this.#peopleByCountry.get(countryCode) ?? [];
  }
  #peopleByCountry?: Map<string, PersonData[]>;

  /** The meetings a document version reports: the first is the one it is about, others are reported alongside. */
  meetingsReportedBy(version: DocumentVersion): MeetingData[] {
    return version.meetings.map((id) => this.meeting(id));
  }

  /** The other documents about the meetings a document version reports. */
  relatedDocuments(version: DocumentVersion): DocumentGroup[] {
    const meetings = this.meetingsReportedBy(version);
    return [...new Set(meetings.flatMap((m) => this.documentsOf(m.id)))].filter((g) => g.id !== version.id);
  }

  /** The meetings before the earliest and after the latest meeting a document version reports. */
  neighbours(version: DocumentVersion): { previous?: MeetingData; next?: MeetingData } {
    const chronological = this.meetingsReportedBy(version).sort((a, b) => a.date.localeCompare(b.date));
    return { previous: this.adjacent(chronological[0]!.id).previous, next: this.adjacent(chronological.at(-1)!.id).next };
  }
}

/** Items under each key they carry, in the list's order, each item once per key. */
function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

function required<T>(value: T | undefined, what: string, id: string): T {
  // The content checks guarantee references resolve; reaching this is a bug, not bad input.
  if (value === undefined) throw new Error(`internal: unknown ${what} "${id}" (content checks should have caught this)`);
  return value;
}
