/**
 * The countries registry made from CLDR (the names `Intl.DisplayNames` gives in the pinned Node) and corrected
 * to the forms the ministry uses: 호주 not 오스트레일리아, 남아프리카공화국, 교황청, compound names without
 * spaces (보스니아헤르체고비나), `and` for `&`, Viet Nam, Czech Republic; the short forms its titles use
 * (한-미 / ROK-U.S., 한-독, 한-불, 한-인니, ROK-UAE); other forms met in sources (터키, 그루지야, Turkey,
 * Czechia) as variants; and the English adjectives sources put before a title (the Danish Foreign Minister).
 * `npm run countries` writes the records; CLDR's form, where the ministry's differs, stays as a variant.
 */
import type { CountryData } from '../../schemas/index.ts';
import { EXTRA_CODES, ISO_3166_1 } from '../../schemas/iso-3166.ts';

interface Usage {
  ko?: string;
  en?: string;
  short?: { ko?: string; en?: string };
  variants?: { ko?: string[]; en?: string[] };
  adjectives?: string[];
}

/** Where the ministry's usage differs from CLDR's, or adds to it. */
export const MINISTRY_USAGE: Record<string, Usage> = {
  kr: { ko: '대한민국', en: 'Republic of Korea', short: { ko: '한', en: 'ROK' }, variants: { ko: ['한국'], en: ['South Korea', 'Korea'] }, adjectives: ['Korean', 'South Korean'] },
  kp: { variants: { ko: ['조선민주주의인민공화국'], en: ['DPRK', "Democratic People's Republic of Korea"] }, adjectives: ['North Korean'] },
  us: { en: 'United States', short: { ko: '미', en: 'U.S.' }, variants: { ko: ['美'], en: ['United States of America', 'US', 'USA'] }, adjectives: ['American', 'U.S.', 'US'] },
  jp: { short: { ko: '일' }, variants: { ko: ['日'] }, adjectives: ['Japanese'] },
  cn: { short: { ko: '중' }, variants: { ko: ['中'], en: ["People's Republic of China", 'PRC'] }, adjectives: ['Chinese'] },
  ru: { short: { ko: '러' }, variants: { ko: ['露'], en: ['Russian Federation'] }, adjectives: ['Russian'] },
  gb: { short: { ko: '영', en: 'UK' }, variants: { ko: ['英'], en: ['U.K.', 'Britain', 'Great Britain'] }, adjectives: ['British', 'UK', 'U.K.'] },
  fr: { short: { ko: '불' }, variants: { ko: ['佛'] }, adjectives: ['French'] },
  de: { short: { ko: '독' }, variants: { ko: ['獨'] }, adjectives: ['German'] },
  au: { ko: '호주', short: { ko: '호' }, adjectives: ['Australian'] },
  ca: { short: { ko: '캐' }, adjectives: ['Canadian'] },
  vn: { en: 'Viet Nam', short: { ko: '베' }, adjectives: ['Vietnamese'] },
  mn: { short: { ko: '몽' }, adjectives: ['Mongolian'] },
  id: { short: { ko: '인니' }, adjectives: ['Indonesian'] },
  sa: { short: { ko: '사우디' }, variants: { en: ['Saudi'] }, adjectives: ['Saudi'] },
  ae: { short: { ko: 'UAE', en: 'UAE' }, variants: { ko: ['UAE'] }, adjectives: ['Emirati', 'UAE'] },
  za: { ko: '남아프리카공화국', short: { ko: '남아공' }, variants: { ko: ['남아공'] }, adjectives: ['South African'] },
  uz: { variants: { ko: ['우즈벡'] }, adjectives: ['Uzbek'] },
  kg: { variants: { ko: ['키르기즈공화국', '키르기스'], en: ['Kyrgyz Republic'] }, adjectives: ['Kyrgyz'] },
  tr: { variants: { ko: ['터키'], en: ['Turkey', 'Republic of Türkiye'] }, adjectives: ['Turkish'] },
  ge: { variants: { ko: ['그루지야'] }, adjectives: ['Georgian'] },
  cz: { en: 'Czech Republic', variants: { ko: ['체코공화국'] }, adjectives: ['Czech'] },
  mk: { variants: { ko: ['마케도니아'], en: ['Macedonia'] }, adjectives: ['North Macedonian'] },
  sz: { variants: { ko: ['스와질란드'], en: ['Swaziland'] } },
  mm: { en: 'Myanmar', variants: { ko: ['버마'], en: ['Burma'] }, adjectives: ['Myanmar'] },
  cd: { ko: '콩고민주공화국', en: 'Democratic Republic of the Congo', variants: { ko: ['민주콩고'], en: ['DR Congo', 'DRC'] }, adjectives: ['Congolese'] },
  cg: { ko: '콩고공화국', en: 'Republic of the Congo', variants: { ko: ['콩고'] } },
  ci: { en: "Côte d'Ivoire", variants: { en: ['Ivory Coast'] }, adjectives: ['Ivorian'] },
  cv: { en: 'Cabo Verde', variants: { en: ['Cape Verde'] } },
  dm: { ko: '도미니카연방', variants: { ko: ['도미니카'] } },
  va: { ko: '교황청', en: 'Holy See', variants: { ko: ['바티칸', '바티칸 시국'], en: ['Vatican', 'Vatican City'] } },
  ps: { ko: '팔레스타인', en: 'Palestine', variants: { en: ['Palestinian Territories'] }, adjectives: ['Palestinian'] },
  hk: { ko: '홍콩', en: 'Hong Kong' },
  mo: { ko: '마카오', en: 'Macao', variants: { en: ['Macau'] } },
  la: { variants: { en: ['Lao PDR', "Lao People's Democratic Republic"] }, adjectives: ['Lao', 'Laotian'] },
  bn: { variants: { en: ['Brunei Darussalam'] }, adjectives: ['Bruneian'] },
  fm: { variants: { en: ['Federated States of Micronesia'] } },
  md: { variants: { en: ['Republic of Moldova'] }, adjectives: ['Moldovan'] },
  ir: { variants: { en: ['Islamic Republic of Iran'] }, adjectives: ['Iranian'] },
  tl: { variants: { en: ['East Timor'] }, adjectives: ['Timorese'] },
  nl: { variants: { en: ['the Netherlands'] }, adjectives: ['Dutch'] },
  ph: { adjectives: ['Philippine', 'Filipino'] },
  eu: { ko: '유럽연합', en: 'European Union', short: { ko: 'EU', en: 'EU' }, variants: { ko: ['EU', '구주연합'], en: ['EU'] }, adjectives: ['EU'] },
  xk: { ko: '코소보', en: 'Kosovo', adjectives: ['Kosovar'] },
};

/** English adjectives of the countries sources name most often ("his German counterpart"). */
const ADJECTIVES: Record<string, string> = {
  in: 'Indian', it: 'Italian', th: 'Thai', sg: 'Singaporean', my: 'Malaysian', eg: 'Egyptian', br: 'Brazilian',
  mx: 'Mexican', pl: 'Polish', ua: 'Ukrainian', es: 'Spanish', be: 'Belgian', ch: 'Swiss', at: 'Austrian',
  se: 'Swedish', no: 'Norwegian', dk: 'Danish', fi: 'Finnish', is: 'Icelandic', ie: 'Irish', pt: 'Portuguese',
  gr: 'Greek', sk: 'Slovak', hu: 'Hungarian', ro: 'Romanian', bg: 'Bulgarian', hr: 'Croatian', rs: 'Serbian',
  si: 'Slovenian', ee: 'Estonian', lv: 'Latvian', lt: 'Lithuanian', by: 'Belarusian', am: 'Armenian',
  az: 'Azerbaijani', kz: 'Kazakh', tj: 'Tajik', tm: 'Turkmen', af: 'Afghan', pk: 'Pakistani', bd: 'Bangladeshi',
  lk: 'Sri Lankan', np: 'Nepalese', kh: 'Cambodian', pg: 'Papua New Guinean', fj: 'Fijian', iq: 'Iraqi',
  il: 'Israeli', jo: 'Jordanian', lb: 'Lebanese', sy: 'Syrian', qa: 'Qatari', kw: 'Kuwaiti', bh: 'Bahraini',
  om: 'Omani', ye: 'Yemeni', ma: 'Moroccan', dz: 'Algerian', tn: 'Tunisian', ly: 'Libyan', sd: 'Sudanese',
  et: 'Ethiopian', ke: 'Kenyan', tz: 'Tanzanian', ug: 'Ugandan', rw: 'Rwandan', ng: 'Nigerian', gh: 'Ghanaian',
  sn: 'Senegalese', cm: 'Cameroonian', ao: 'Angolan', mz: 'Mozambican', zw: 'Zimbabwean', zm: 'Zambian',
  na: 'Namibian', mg: 'Malagasy', ar: 'Argentine', cl: 'Chilean', co: 'Colombian', pe: 'Peruvian',
  ve: 'Venezuelan', ec: 'Ecuadorian', bo: 'Bolivian', py: 'Paraguayan', uy: 'Uruguayan', cu: 'Cuban',
  gt: 'Guatemalan', hn: 'Honduran', sv: 'Salvadoran', ni: 'Nicaraguan', cr: 'Costa Rican', pa: 'Panamanian',
  jm: 'Jamaican', ht: 'Haitian', tw: 'Taiwanese', mt: 'Maltese', cy: 'Cypriot', al: 'Albanian', me: 'Montenegrin',
  ba: 'Bosnian', lu: 'Luxembourgish', nz: 'New Zealand', ge: 'Georgian',
};

// Dependent territories and areas keep CLDR's spacing; the ministry writes the names of states without spaces.
const TERRITORIES = new Set(
  'ai aq as aw ax bl bm bq bv cc cw cx eh fk fo gf gg gi gl gp gs gu hm im io je ky mf mp mq ms nc nf pf pm pn pr re sh sj sx tc tf tk um vg vi wf yt'.split(' '),
);

const koState = (name: string) => name.replace(/\s+/g, '');
// CLDR's English uses `&` and `St.`; official names spell them out.
const enOfficial = (name: string) => name.replace(/ & /g, ' and ').replace(/^St\. /, 'Saint ');

const unique = (xs: (string | undefined)[], not: (string | undefined)[] = []) => [...new Set(xs.filter((x): x is string => !!x && !not.includes(x)))];

/** The registry's record for one code, from CLDR corrected by the ministry's usage. */
export function countryRecord(code: string): CountryData {
  const ko = new Intl.DisplayNames(['ko'], { type: 'region', fallback: 'none' }).of(code.toUpperCase());
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code.toUpperCase());
  const usage = MINISTRY_USAGE[code] ?? {};
  const cldrKo = ko?.replace(/\(중국 특별행정구\)$/, '').trim();
  const cldrEn = en?.replace(/ SAR China$/, '').trim();
  const nameKo = usage.ko ?? (cldrKo && !TERRITORIES.has(code) ? koState(cldrKo) : cldrKo);
  const nameEn = usage.en ?? (cldrEn ? enOfficial(cldrEn) : undefined);
  if (!nameKo || !nameEn) throw new Error(`CLDR has no name for "${code}" and MINISTRY_USAGE gives none: add one to src/lib/content/countries-from-cldr.ts`);
  // CLDR's own form, where the ministry's differs, is still a form a source may print.
  const cldrVariants = {
    ko: cldrKo && cldrKo !== nameKo ? [cldrKo] : [],
    en: cldrEn && cldrEn !== nameEn && !/ - |\(/.test(cldrEn) ? [cldrEn] : [],
  };
  return {
    id: code,
    name: { ko: nameKo, en: nameEn },
    short: { ko: usage.short?.ko ?? nameKo, en: usage.short?.en ?? nameEn },
    variants: {
      ko: unique([...(usage.variants?.ko ?? []), ...cldrVariants.ko], [nameKo, usage.short?.ko]),
      en: unique([...(usage.variants?.en ?? []), ...cldrVariants.en], [nameEn, usage.short?.en]),
    },
    adjectives: unique([...(usage.adjectives ?? []), ADJECTIVES[code]]),
  };
}

/** Every record of the registry: the ISO 3166-1 countries and the archive's two extra codes, by code. */
export function countryRegistry(): CountryData[] {
  return [...ISO_3166_1, ...EXTRA_CODES].sort().map(countryRecord);
}

const flow = (xs: readonly string[]) => `[${xs.map(yamlScalar).join(', ')}]`;
function yamlScalar(s: string): string {
  // Plain where YAML reads it back as the same string; quoted otherwise (a colon, a leading quote, `&`, …).
  return /^[\p{L}\p{N}][\p{L}\p{N} .’()-]*$/u.test(s) && !/^(?:yes|no|true|false|null|on|off|y|n|~)$/i.test(s) ? s : JSON.stringify(s);
}

/** A record as the registry's YAML file: one line per field, in the order of the hand-made records. */
export function countryYaml(c: CountryData): string {
  return [
    `id: ${c.id}`,
    `name: { ko: ${yamlScalar(c.name.ko)}, en: ${yamlScalar(c.name.en)} }`,
    `short: { ko: ${yamlScalar(c.short.ko)}, en: ${yamlScalar(c.short.en)} }`,
    'variants:',
    `  ko: ${flow(c.variants.ko)}`,
    `  en: ${flow(c.variants.en)}`,
    `adjectives: ${flow(c.adjectives)}`,
    '',
  ].join('\n');
}
