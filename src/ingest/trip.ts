// Which trip a newly imported meeting joins: the importer writes one meeting at a time and cannot know that the
// next page is the same journey, so it names the meetings already in the archive that the new one travels with.
import { meetingSchema } from '../schemas/index.ts';
import { deriveTrips } from '../lib/model/trips.ts';
import type { Registry } from './extract.ts';
import type { ImportMessages } from './messages.ts';

/** A warning naming the trip the new meeting belongs to and the `related` ids to add, or nothing. */
export function tripSuggestion(registry: Registry, record: Record<string, unknown> | undefined, t: ImportMessages): string | undefined {
  const parsed = record ? meetingSchema.safeParse(record) : undefined;
  if (!parsed?.success) return undefined;
  const meeting = parsed.data;
  const trip = deriveTrips([...registry.meetings.filter((m) => m.id !== meeting.id), meeting]).find((x) => x.meetings.includes(meeting.id));
  const others = trip?.meetings.filter((id) => id !== meeting.id && !meeting.related.includes(id)) ?? [];
  if (!trip || !others.length) return undefined;
  const person = registry.people.find((p) => p.id === trip.traveller);
  const traveller = person ? `${person.name.ko} (${person.name.en})` : trip.traveller;
  return t.tripOf(traveller, trip.start === trip.end ? trip.start : `${trip.start} – ${trip.end}`, others.join(', '));
}
