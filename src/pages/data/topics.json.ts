import { topicsOpenData } from '../../lib/open-data.ts';
import { jsonRoute } from './_respond.ts';

export const GET = jsonRoute(topicsOpenData);
