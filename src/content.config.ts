// The archive's collections. Schemas live in src/schemas so `npm run check` can use them outside Astro.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content/folder-fs.ts';
import { COLLECTIONS } from './lib/content/read-fs.ts';
import { countrySchema, documentSchema, meetingSchema, personSchema, topicSchema } from './schemas/index.ts';

const root = contentDir();
const from = (name: keyof typeof COLLECTIONS) => {
  const { folder, pattern } = COLLECTIONS[name];
  // Ids come from the records themselves, not file names; the checks catch duplicates.
  return glob({
    pattern,
    base: `${root}/${folder}`,
    generateId: ({ data }) => (name === 'documents' ? `${data.id}/${data.lang}` : String(data.id)),
  });
};

export const collections = {
  documents: defineCollection({ loader: from('documents'), schema: documentSchema }),
  meetings: defineCollection({ loader: from('meetings'), schema: meetingSchema }),
  people: defineCollection({ loader: from('people'), schema: personSchema }),
  countries: defineCollection({ loader: from('countries'), schema: countrySchema }),
  topics: defineCollection({ loader: from('topics'), schema: topicSchema }),
};
