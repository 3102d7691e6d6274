/** The places a map shows: countries where in-person meetings took place, with how many (src/lib/map/world-map.ts). */
import type { Lang, MeetingData } from '../../schemas/index.ts';
import type { Archive } from '../model/archive.ts';
import { drawPlaces, type DrawnPlace } from '../map/world-map.ts';
import { paths } from '../model/urls.ts';

/** Each country the meetings took place in, with its count, drawn; named in the page's language. */
export function mapOf(archive: Archive, meetings: readonly MeetingData[], lang: Lang): DrawnPlace[] {
  const counts = new Map<string, number>();
  for (const m of meetings) if (m.format === 'in-person' && m.place) counts.set(m.place.country, (counts.get(m.place.country) ?? 0) + 1);
  const counterparts = new Set(archive.counterpartCountries().map((c) => c.id));
  return drawPlaces(
    [...counts].map(([country, meetings]) => ({
      country,
      name: archive.country(country).name[lang],
      ...(counterparts.has(country) ? { url: paths.country(lang, country) } : {}),
      meetings,
    })),
  );
}
