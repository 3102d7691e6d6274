import { meetingsCsv } from '../../lib/publish/open-data-csv.ts';
import { csvRoute } from '../../astro/data-route.ts';

export const GET = csvRoute(meetingsCsv);
