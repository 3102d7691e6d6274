import { describe, expect, it } from 'vitest';
import { endsName, NameMatcher } from '../../../src/lib/names/matcher.ts';
import { personNameForms } from '../../../src/lib/names/forms.ts';
import { searchRecords } from '../../../src/lib/search/records.ts';
import { realArchive } from '../../support/archive.ts';

// The one name matcher: these rules hold for the person links, the search records and the importer alike.
const archive = realArchive();
const matcher = new NameMatcher(archive.input.people);
const named = (text: string) => matcher.spans(text).map((s) => ({ name: text.slice(s.start, s.end), people: s.people }));

describe('name forms (이름 형태)', () => {
  it('give every form of a person’s name, in both scripts and both orders', () => {
    const forms = personNameForms(archive.person('cho-tae-yul'));
    expect(forms).toEqual(expect.arrayContaining(['조태열', 'Cho Tae-yul', 'Tae-yul Cho', 'Cho Tae-yeol', 'Cho Taeyul']));
  });
});

describe('the name matcher (이름 찾기)', () => {
  it('finds a Korean name before a particle, an attached title, punctuation or a parenthesis', () => {
    expect(named('김홍균은 캠벨과')).toEqual([{ name: '김홍균', people: ['kim-hong-kyun'] }]);
    expect(named('김홍균장관, 폼페오.')).toEqual([
      { name: '김홍균', people: ['kim-hong-kyun'] },
      { name: '폼페오', people: ['mike-pompeo'] },
    ]);
    expect(named('커트 캠벨(Kurt M. Campbell) 부장관')).toEqual([
      { name: '커트 캠벨', people: ['kurt-campbell'] },
      { name: 'Kurt M. Campbell', people: ['kurt-campbell'] },
    ]);
  });

  it('finds an English name whole, by any recorded form, with punctuation or a possessive after it', () => {
    expect(named('Minister Cho Tae-yeol met Tony Blinken.')).toEqual([
      { name: 'Cho Tae-yeol', people: ['cho-tae-yul'] },
      { name: 'Tony Blinken', people: ['antony-blinken'] },
    ]);
    expect(named("(Kurt M. Campbell's visit)")).toEqual([{ name: 'Kurt M. Campbell', people: ['kurt-campbell'] }]);
  });

  it('never takes a name out of a longer Latin word, and the longest form wins', () => {
    expect(named('Kimberly Kim Hong-kyunx')).toEqual([]);
    expect(endsName('은')).toBe(true);
    expect(endsName("'s")).toBe(true);
    expect(endsName('berly')).toBe(false);
    expect(endsName('2')).toBe(false);
    expect(named('Kurt M. Campbell')[0]!.name).toBe('Kurt M. Campbell');
  });

  it('gives the people in order of first mention, each once', () => {
    expect(matcher.find('강 장관은 마이크 폼페이오 미 국무장관과 통화했다. 폼페오 장관은')).toEqual(['mike-pompeo']);
    expect(matcher.find('Tony Blinken and Cho Tae-yul; Blinken')).toEqual(['antony-blinken', 'cho-tae-yul']);
  });

  it('keeps to one language when asked, as a body links names in its own language', () => {
    const ko = new NameMatcher(archive.input.people, { lang: 'ko' });
    expect(ko.find('커트 캠벨(Kurt M. Campbell)')).toEqual(['kurt-campbell']);
    expect(ko.spans('Kurt M. Campbell')).toEqual([]);
  });

  it('gives a name shared by two people to both', () => {
    const kim = archive.person('kim-hong-kyun');
    const twin = { ...kim, id: 'kim-hong-kyun-2' };
    expect(new NameMatcher([kim, twin]).spans('김홍균 차관')).toEqual([{ start: 0, end: 3, people: ['kim-hong-kyun', 'kim-hong-kyun-2'] }]);
  });

  it('is what the search records use: a name the body names is a name search finds in either script', () => {
    const call = searchRecords(archive, '/').find((r) => r.url.endsWith('2018-06-29-ecounion-kr-us-foreign-ministers-call/'))!;
    expect(call.meta.terms!.split(' ')).toEqual(expect.arrayContaining(['Pompeo']));
  });
});

describe('what a text’s names depend on (이름 연결의 의존성)', () => {
  const people = archive.input.people;
  const render = (ps: typeof people, text: string) => new NameMatcher(ps, { lang: 'ko' }).spans(text);
  const text = '김홍균 제1차관은 **캠벨**과 만났다. 폼페오&#xC624; 장관';

  it('holds every run of letters the text can begin a form with, one digest each', () => {
    const deps = new NameMatcher(people, { lang: 'ko' }).dependencies(text);
    expect(deps.map((d) => d.split(' ')[0])).toEqual(expect.arrayContaining(['김홍균', '폼페오']));
    expect(deps.every((d) => /^\S+ [\w-]{16}$/.test(d))).toBe(true);
    expect(new NameMatcher(people, { lang: 'ko' }).dependencies('아무 이름도 없는 문장')).toEqual([]);
  });

  it('changes when a person the text prints changes, and not when another does', () => {
    const before = new NameMatcher(people, { lang: 'ko' }).dependencies(text);
    const renamed = people.map((p) => (p.id === 'kim-hong-kyun' ? { ...p, name: { ...p.name, ko: '김홍균이' } } : p));
    expect(new NameMatcher(renamed, { lang: 'ko' }).dependencies(text)).not.toEqual(before);
    const elsewhere = people.map((p) => (p.id === 'antony-blinken' ? { ...p, variants: { ...p.variants, ko: [...p.variants.ko, '블링컨경'] } } : p));
    expect(new NameMatcher(elsewhere, { lang: 'ko' }).dependencies(text)).toEqual(before);
    expect(render(elsewhere, text)).toEqual(render(people, text));
  });

  it('can come from what an earlier build found for the same registry, and is the same for it', () => {
    const kept = new Map<string, string[]>();
    const memory = { get: (t: string) => kept.get(t), set: (t: string, runs: string[]) => void kept.set(t, runs) };
    const fresh = new NameMatcher(people, { lang: 'ko' }).dependencies(text);
    expect(new NameMatcher(people, { lang: 'ko', memory }).dependencies(text)).toEqual(fresh);
    expect(kept.get(text)).toEqual(expect.arrayContaining(['김홍균', '폼페오']));
    // Remembered runs are used as they are (the build forgets them when the registry or this code changes) …
    kept.set(text, ['김홍균']);
    expect(new NameMatcher(people, { lang: 'ko', memory }).dependencies(text)).toEqual(fresh.filter((d) => d.startsWith('김홍균 ')));
    // … but a run the registry no longer has makes the text be scanned again.
    kept.set(text, ['없는이름']);
    expect(new NameMatcher(people, { lang: 'ko', memory }).dependencies(text)).toEqual(fresh);
  });

  it('sees a variant the text prints inside markup or as an entity', () => {
    const variant = (word: string) => people.map((p) => (p.id === 'antony-blinken' ? { ...p, variants: { ...p.variants, ko: [...p.variants.ko, word] } } : p));
    for (const [word, body] of [
      ['블링큰', '**블링큰**은'],
      ['블링컨', '&#xBE14;링컨은 …'],
    ] as const) {
      expect(new NameMatcher(variant(word), { lang: 'ko' }).dependencies(body), word).not.toEqual(new NameMatcher(people, { lang: 'ko' }).dependencies(body));
    }
  });
});
