/**
 * The participants a page names that the people registry lacks, as records an archivist can complete: the
 * name in the forms the page gives (the other script romanized or copied as printed), the side from the words
 * around the name, the role as printed with its counterpart in the other language where the ministry's usage is
 * fixed. Only people named with a title of office in the headline or the lead count: a name in passing is no
 * participant. Such a record is marked `incomplete` and written only when the archivist asks (--add-people).
 */
import type { Bilingual, CountryData, PersonData } from '../schemas/index.ts';
import { CountryFinder } from './countries.ts';
import { isKoreanName, romanizeKoreanName } from './romanize.ts';

export interface NewPerson {
  /** The record to write: content/people/<id>.yaml. */
  record: PersonData & { incomplete: true };
  /** The role held in this meeting, for the meeting's participants. */
  role: Bilingual;
  side: string;
  /** The words the page names the person with. */
  printed: string;
}

const NAME = "(?:\\p{Lu}[\\p{Ll}'’]+(?:-\\p{L}\\p{Ll}*)?|\\p{Lu}\\.)";
// Particles inside names: Faisal bin Farhan Al Saud, Ursula von der Leyen.
const PARTICLE = '(?:bin|bint|ibn|al|el|van|von|der|den|de|da|del|di|du|la|le)';
const EN_NAME = `(${NAME}(?: (?:${PARTICLE} ){0,2}${NAME}){1,4})`;
// English titles of office before a name, longest first (one scan, so "First Vice Minister of Foreign Affairs"
// is not read again as "Minister of Foreign Affairs").
const EN_TITLE = [
  '(?:First |Second )?Vice (?:Minister of Foreign Affairs|Foreign Minister)',
  'Deputy (?:Foreign Minister|Minister of Foreign Affairs|Secretary of State)',
  '(?:State Councilor and )?(?:Foreign Minister|Minister (?:of|for) (?:Foreign Affairs(?: and Trade)?|Europe and Foreign Affairs|External Affairs))',
  'Secretary of State',
].join('|');
type Level = 'minister' | 'vice';
const KO_ROLE =
  '(?:외교(?:통상)?부\\s?(?:장관|제?[12]차관|차관)|외교\\s?장관|외무\\s?장관|외무대신|외무상|외교부장|국무장관|국무부\\s?부장관|외교\\s?차관|외무\\s?차관|외무성\\s?부대신|외교부\\s?부부장)';
const KO_VICE = /차관|부장관|부대신|부부장/;

/** The role as printed, and in the other language as the ministry writes such a post. */
function roleIn(lang: 'ko' | 'en', printed: string, level: Level, country: CountryData | undefined): Bilingual {
  const rank = /First|1차관/.test(printed) ? 1 : /Second|2차관/.test(printed) ? 2 : 0;
  // 외교통상부: the ministry's name from 1998 to 2013.
  const ministry = /외교통상부|and Trade/.test(printed) ? 'Foreign Affairs and Trade' : 'Foreign Affairs';
  let ko: string;
  let en: string;
  if (!country) {
    const koMinistry = ministry === 'Foreign Affairs' ? '외교부' : '외교통상부';
    ko = level === 'minister' ? `${koMinistry} 장관` : `${koMinistry} ${rank ? `제${rank}` : ''}차관`;
    en = level === 'minister' ? `Minister of ${ministry}` : `${['', 'First ', 'Second '][rank]}Vice Minister of ${ministry}`;
  } else if (country.id === 'us') {
    ko = level === 'minister' ? '미국 국무장관' : '미국 국무부 부장관';
    en = level === 'minister' ? 'Secretary of State' : 'Deputy Secretary of State';
  } else {
    ko = `${country.name.ko} ${level === 'minister' ? '외교장관' : '외교차관'}`;
    en = `${level === 'minister' ? 'Minister of Foreign Affairs' : 'Vice Minister of Foreign Affairs'} of ${country.name.en}`;
  }
  if (lang === 'ko') return { ko: printed, en };
  // "Minister for Foreign Affairs Jeppe Kofod of Denmark": the country printed after the name belongs to the title.
  return { ko, en: country && country.id !== 'us' && !printed.includes(country.name.en) ? `${printed} of ${country.name.en}` : printed };
}

/** A person's id from the Latin-script name: Mevlüt Çavuşoğlu → mevlut-cavusoglu. */
export const personId = (latin: string) =>
  latin
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** People named with a title of office in `text` (a headline and lead) whom the registry does not hold. */
export function newParticipants(
  text: string,
  lang: 'ko' | 'en',
  registry: { people: readonly PersonData[]; countries: readonly CountryData[] },
  meeting: { counterparts: readonly string[]; level: string | null; koreanKnown: boolean },
): NewPerson[] {
  const { people, countries } = registry;
  const { counterparts } = meeting;
  const known = new Set(people.flatMap((p) => [p.name.ko, p.name.en, ...p.variants.ko, ...p.variants.en]));
  const finder = new CountryFinder(countries);
  const byId = new Map(countries.map((c) => [c.id, c]));
  const out = new Map<string, NewPerson>();
  const add = (name: { ko?: string; en?: string }, role: string, level: Level, side: string | undefined) => {
    if ((name.en && known.has(name.en)) || (name.ko && known.has(name.ko))) return;
    // A title with no country beside it is the Korean side's, as Korean sources write their own minister
    // ("Foreign Minister Park Jin"), unless the Korean side is already named.
    const koreanNamed = meeting.koreanKnown || [...out.values()].some((n) => n.side === 'kr');
    side ??= !koreanNamed ? 'kr' : counterparts.length === 1 ? counterparts[0] : undefined;
    if (!side) return;
    const country = byId.get(side);
    const en = name.en ?? (name.ko ? romanizeKoreanName(name.ko) : '');
    const id = personId(en);
    if (!id || out.has(id) || people.some((p) => p.id === id)) return;
    const roleText = roleIn(lang, role, level, side === 'kr' ? undefined : country);
    out.set(id, {
      record: { id, name: { ko: name.ko ?? en, en }, variants: { ko: [], en: [] }, country: side, roles: [{ title: roleText }], incomplete: true },
      role: roleText,
      side,
      printed: [name.ko, name.en].filter(Boolean).join(' / '),
    });
  };

  if (lang === 'en') {
    {
      // "Minister for Foreign Affairs Jeppe Kofod of Denmark", "Danish Foreign Minister Lars Rasmussen",
      // "South Korean Foreign Minister Park Jin", "Minister of Foreign Affairs Park Jin" (the ministry's own).
      for (const m of text.matchAll(new RegExp(`(${EN_TITLE}) ${EN_NAME}`, 'gu'))) {
        const title = m[1]!;
        const clause =
          text
            .slice(Math.max(0, m.index - 40), m.index)
            .split(/[.;:]/)
            .at(-1) ?? '';
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40).split(/[.;,]/)[0] ?? '';
        const side =
          finder.inLead(`${clause}${title}`)[0] ??
          (/^\s*of\s/.test(after) ? finder.inLead(`${m[2]}${after}`)[0] : undefined) ??
          (/(?:Korean|ROK)\s*$/.test(clause) ? 'kr' : /^(?:Deputy )?Secretary of State$/.test(title) ? 'us' : undefined);
        add({ en: m[2]! }, title, /Vice|Deputy/.test(title) ? 'vice' : 'minister', side);
      }
      // "with his Danish counterpart, Jeppe Kofod": the counterpart holds the Korean participant's rank.
      const level: Level = meeting.level === 'vice-minister' ? 'vice' : 'minister';
      for (const m of text.matchAll(new RegExp(`\\b(?:his|her|their)\\s+([\\p{L}.' ’]{2,40}?)\\s+counterparts?,?\\s+${EN_NAME}`, 'gu'))) {
        const side = finder.inLead(`${m[1]} counterpart`)[0] ?? finder.inLead(`${m[1]!.split(' ')[0]} counterpart`)[0];
        if (side) add({ en: m[2]! }, level === 'vice' ? 'Vice Foreign Minister' : 'Foreign Minister', level, side);
      }
    }
  } else {
    // "예페 코포드(Jeppe Kofod) 덴마크 외교장관", "조태열 외교부 장관은".
    for (const m of text.matchAll(new RegExp(`((?:[가-힣]{1,6} ){0,2}[가-힣]{2,6})\\s?\\(${EN_NAME}\\)\\s?((?:[가-힣·]{1,8}\\s?){0,2}?${KO_ROLE})`, 'gu'))) {
      const role = m[3]!.trim();
      add(
        { ko: m[1]!.split(' ').slice(-2).join(' '), en: m[2]! },
        role,
        KO_VICE.test(role) ? 'vice' : 'minister',
        finder.inLead(role)[0] ?? (/^외교(?:통상)?부/.test(role) ? 'kr' : undefined),
      );
    }
    for (const m of text.matchAll(
      new RegExp(`(?<![가-힣])([가-힣]{2,4})\\s((?:외교부|외교통상부)\\s?(?:장관|제?[12]차관|차관))(?=[은는이가과와의,\\s])`, 'gu'),
    )) {
      if (!isKoreanName(m[1]!)) continue;
      add({ ko: m[1]! }, m[2]!, KO_VICE.test(m[2]!) ? 'vice' : 'minister', 'kr');
    }
  }
  return [...out.values()];
}
