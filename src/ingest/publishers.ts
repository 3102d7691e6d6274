/**
 * Publishers' names in both languages. The archive is the first authority: any publisher or republisher its
 * documents already name is known by either name. A few sources every import meets are known in advance.
 */
import type { DocumentVersion } from '../lib/model/archive.ts';
import type { Bilingual } from '../schemas/common.ts';

const MOFA: Bilingual = { ko: '외교부', en: 'Ministry of Foreign Affairs' };
const KOREA_KR: Bilingual = { ko: '대한민국 정책브리핑(korea.kr)', en: 'Korea Policy Briefing (korea.kr)' };

// How the ministry and the government's news portal (which republishes its releases) name themselves.
const IN_ADVANCE: { printed: RegExp; name: Bilingual; as: 'publisher' | 'republisher' }[] = [
  {
    printed: /^(?:외교부|대한민국 외교부|Ministry of Foreign Affairs|MOFA|Ministry of Foreign Affairs of the Republic of Korea)$/i,
    name: MOFA,
    as: 'publisher',
  },
  { printed: /전재하여\s?제공|korea\.kr|정책브리핑|Korea Policy Briefing/i, name: KOREA_KR, as: 'republisher' },
];

/** The publisher (or the republisher a notice names) in both languages, if the archive or the list above knows it. */
export function knownPublisher(printed: string, documents: readonly DocumentVersion[], as: 'publisher' | 'republisher' = 'publisher'): Bilingual | null {
  const wanted = printed.trim();
  for (const d of documents) {
    if (as === 'republisher') {
      if (d.source.republished && d.source.republished.notice === wanted) return { ...d.source.republished.publisher };
      continue;
    }
    for (const name of [d.source.publisher, d.issuer]) if (name.ko === wanted || name.en === wanted) return { ...name };
  }
  return IN_ADVANCE.find((k) => k.as === as && k.printed.test(wanted))?.name ?? null;
}
