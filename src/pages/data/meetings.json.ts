import { meetingsOpenData } from '../../lib/publish/open-data.ts';
import { jsonRoute } from '../../astro/data-route.ts';

export const GET = jsonRoute(meetingsOpenData);
