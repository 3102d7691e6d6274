import { documentsOpenData } from '../../lib/open-data.ts';
import { jsonRoute } from './_respond.ts';

export const GET = jsonRoute(documentsOpenData);
