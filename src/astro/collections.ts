// The one place views read Astro's collections: it turns them into the pure model of src/lib.
import { getCollection } from 'astro:content';
import { Archive } from '../lib/model/archive.ts';

let cached: Promise<Archive> | undefined;

/** The whole archive, built once per build and shared by every page. */
export function loadArchive(): Promise<Archive> {
  cached ??= (async () => {
    const [documents, meetings, people, countries, topics] = await Promise.all([
      getCollection('documents'),
      getCollection('meetings'),
      getCollection('people'),
      getCollection('countries'),
      getCollection('topics'),
    ]);
    return new Archive({
      documents: documents.map((e) => ({ ...e.data, body: e.body ?? '' })),
      meetings: meetings.map((e) => e.data),
      people: people.map((e) => e.data),
      countries: countries.map((e) => e.data),
      topics: topics.map((e) => e.data),
    });
  })();
  return cached;
}
