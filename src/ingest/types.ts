import type { PARTS_OF_DAY } from '../schemas/meeting.ts';

export type PartOfDay = (typeof PARTS_OF_DAY)[number];
