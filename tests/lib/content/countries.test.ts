// The countries registry: every ISO 3166-1 country, in both languages, in the forms the ministry uses.
import { describe, expect, it } from 'vitest';
import { countryRegistry, countryYaml } from '../../../src/lib/content/countries-from-cldr.ts';
import { checkContentFolder } from '../../../src/lib/content/check-folder-fs.ts';
import { countryCodeSchema } from '../../../src/schemas/common.ts';
import { ISO_3166_1 } from '../../../src/schemas/iso-3166.ts';
import { CONTENT_DIR } from '../../support/fixtures.ts';

const { data, problems } = checkContentFolder(CONTENT_DIR);
const country = (id: string) => data.countries.find((c) => c.id === id)!;

describe('the countries registry (국가 목록 / countries)', () => {
  it('has a valid record for every ISO 3166-1 alpha-2 code (249), the EU and Kosovo', () => {
    expect(problems).toEqual([]);
    expect(ISO_3166_1).toHaveLength(249);
    expect(new Set(ISO_3166_1).size).toBe(249);
    expect(data.countries.map((c) => c.id).sort()).toEqual([...ISO_3166_1, 'eu', 'xk'].sort());
    for (const c of data.countries) {
      expect(c.name.ko, c.id).toMatch(/\p{Script=Hangul}/u);
      expect(c.name.en, c.id).toMatch(/^[\p{Script=Latin}]/u);
    }
  });

  it('names countries as the ministry does, not as CLDR does', () => {
    const names = Object.fromEntries(data.countries.map((c) => [c.id, c.name.ko]));
    expect(names).toMatchObject({ tr: '튀르키예', ge: '조지아', cz: '체코', mk: '북마케도니아', au: '호주', za: '남아프리카공화국', va: '교황청', ba: '보스니아헤르체고비나', cf: '중앙아프리카공화국', kr: '대한민국', kp: '북한' });
    expect(country('tr').name.en).toBe('Türkiye');
    expect(country('vn').name.en).toBe('Viet Nam');
    expect(country('ag').name.en).toBe('Antigua and Barbuda');
    // The older or other forms sources print are kept, so an old page still finds its country.
    expect(country('tr').variants.ko).toContain('터키');
    expect(country('tr').variants.en).toContain('Turkey');
    expect(country('ge').variants.ko).toContain('그루지야');
    expect(country('au').variants.ko).toContain('오스트레일리아');
    expect(country('cz').variants.en).toContain('Czechia');
  });

  it('has the short forms the ministry’s titles use (한-미, 한-독, ROK-U.S., ROK-UAE) and the English adjectives', () => {
    const shorts = Object.fromEntries(['us', 'jp', 'cn', 'de', 'gb', 'fr', 'ru', 'au', 'ca', 'id', 'ae'].map((id) => [id, country(id).short.ko]));
    expect(shorts).toEqual({ us: '미', jp: '일', cn: '중', de: '독', gb: '영', fr: '불', ru: '러', au: '호', ca: '캐', id: '인니', ae: 'UAE' });
    expect([country('us').short.en, country('gb').short.en, country('ae').short.en, country('kr').short.en]).toEqual(['U.S.', 'UK', 'UAE', 'ROK']);
    expect(country('dk').adjectives).toEqual(['Danish']);
    expect(country('de').adjectives).toEqual(['German']);
    expect(country('cn').adjectives).toContain('Chinese');
  });

  it('is what `npm run countries` makes from CLDR and the ministry’s usage', () => {
    const generated = countryRegistry();
    expect(generated.map((c) => c.id)).toEqual(data.countries.map((c) => c.id).sort());
    for (const g of generated) {
      const c = country(g.id);
      expect([c.name, c.short], g.id).toEqual([g.name, g.short]);
      for (const v of g.variants.ko) expect(c.variants.ko, g.id).toContain(v);
      for (const v of g.variants.en) expect(c.variants.en, g.id).toContain(v);
      expect(countryYaml(g)).toMatch(new RegExp(`^id: ${g.id}\\n`));
    }
  });

  it('refuses a code that is no country: the check names it and the fix', () => {
    expect(countryCodeSchema.safeParse('de').success).toBe(true);
    const bad = countryCodeSchema.safeParse('xx');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('"xx" is not an ISO 3166-1 alpha-2 country code: use one such as "us", "jp", "de" (content/countries/ has a record for each)');
    expect(countryCodeSchema.safeParse('uk').success).toBe(false);
  });
});
