import { meetingsCsv } from '../../lib/open-data-csv.ts';
import { csvRoute } from './_respond.ts';

export const GET = csvRoute(meetingsCsv);
