import { describe, expect, it } from 'vitest';
import { personSchema, type PersonData } from '../../../src/schemas/index.ts';
import { comparePartial, heldOn, inOrder, overlappingTenures, roleOrderProblems, tenuresOf } from '../../../src/lib/model/offices.ts';

const MINISTER = { ko: '외교부 장관', en: 'Minister of Foreign Affairs' };
function person(id: string, ...roles: { office?: string; from?: string; to?: string; title?: typeof MINISTER }[]): PersonData {
  return personSchema.parse({ id, name: { ko: id, en: id }, country: 'kr', roles: roles.map(({ title = MINISTER, ...r }) => ({ title, ...r })) });
}

describe('office terms (재임 기간)', () => {
  it('compare partial dates at the precision both give', () => {
    expect(comparePartial('2021-01', '2021-01-20')).toBe(0);
    expect(comparePartial('2021', '2020-12-31')).toBe(1);
    expect(comparePartial('2020-12', '2021')).toBe(-1);
  });

  it('list an office’s holders in order, undated last', () => {
    const tenures = tenuresOf([
      person('c', { office: 'fm' }),
      person('b', { office: 'fm', from: '2021-01', to: '2025-01' }),
      person('a', { office: 'fm', from: '2018-04', to: '2021-01' }, { title: { ko: '대사', en: 'Ambassador' } }),
    ]);
    expect(tenures).toHaveLength(3);
    expect(inOrder(tenures).map((t) => t.person)).toEqual(['a', 'b', 'c']);
  });

  it('see no overlap in a hand-over within one month, and see the ones there are', () => {
    const handover = tenuresOf([person('a', { office: 'fm', from: '2018-04', to: '2021-01' }), person('b', { office: 'fm', from: '2021-01-20' })]);
    expect(overlappingTenures(handover)).toEqual([]);
    const late = tenuresOf([person('a', { office: 'fm', from: '2018-04', to: '2021-03' }), person('b', { office: 'fm', from: '2021-01' })]);
    expect(overlappingTenures(late).map(([x, y]) => [x.person, y.person])).toEqual([['a', 'b']]);
    // Still in office (no end) when the next began; and three holders, the first overlapping both others.
    const open = tenuresOf([
      person('a', { office: 'fm', from: '2017' }),
      person('b', { office: 'fm', from: '2019', to: '2020' }),
      person('c', { office: 'fm', from: '2020-06' }),
    ]);
    expect(overlappingTenures(open).map(([x, y]) => `${x.person}<${y.person}`)).toEqual(['a<b', 'a<c']);
    // Undated terms cannot be placed, so they overlap nothing.
    expect(overlappingTenures(tenuresOf([person('a', { office: 'fm' }), person('b', { office: 'fm', from: '2020' })]))).toEqual([]);
  });

  it('cover a meeting on any day from the first to the last month given', () => {
    expect(heldOn({ from: '2021-01', to: '2025-01' }, '2025-01-19')).toBe(true);
    expect(heldOn({ from: '2021-01', to: '2025-01' }, '2025-02-01')).toBe(false);
    expect(heldOn({ from: '2021-01-20' }, '2021-01-19')).toBe(false);
    expect(heldOn({}, '1990-01-01')).toBe(true);
  });

  it('want roles oldest first, each ending no earlier than it began', () => {
    expect(roleOrderProblems(person('a', { from: '2017', to: '2019' }, { from: '2019-05' }))).toEqual([]);
    expect(roleOrderProblems(person('a', { from: '2019' }, {}, { from: '2017' }))).toEqual([
      { field: 'roles[2].from', message: 'begins (2017) before roles[0] (2019): list the roles oldest first' },
    ]);
    expect(roleOrderProblems(person('a', { from: '2020-05', to: '2020-01' }))).toEqual([
      { field: 'roles[0].to', message: 'ends (2020-01) before it begins (2020-05): correct one of the two dates' },
    ]);
  });
});
