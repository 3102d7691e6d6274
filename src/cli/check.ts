// `npm run check`: validates the content folder without building the site.
import { checkContentFolder } from '../lib/content/check-folder-fs.ts';
import { contentDir } from '../lib/content/folder-fs.ts';
import { formatReport } from '../lib/content/problems.ts';

const dir = contentDir();
const { data, problems } = checkContentFolder(dir);
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exit(1);
}
const versions = data.documents.length;
const docs = new Set(data.documents.map((d) => d.id)).size;
console.log(
  `✓ ${dir}: ${docs} documents (${versions} language versions), ${data.meetings.length} meetings, ` +
    `${data.people.length} people, ${data.countries.length} countries, ${data.topics.length} topics, ${data.offices.length} offices — no problems.`,
);
