import { describe, expect, it } from 'vitest';
import { t } from '../../../src/lib/i18n/index.ts';

type Tree = { [key: string]: unknown };
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    v && typeof v === 'object' ? leaves(v as Tree, `${prefix}${k}.`) : [[`${prefix}${k}`, v] as [string, unknown]],
  );
}

describe('UI dictionaries', () => {
  const ko = leaves(t('ko') as unknown as Tree);
  const en = leaves(t('en') as unknown as Tree);
  it('have the same keys in Korean and English', () => {
    expect(en.map(([k]) => k)).toEqual(ko.map(([k]) => k));
  });
  it('have no empty string and no untranslated copy', () => {
    const koMap = new Map(ko);
    for (const [key, value] of en) {
      if (typeof value === 'string') {
        expect(value, key).not.toBe('');
        if (!['otherLanguageName'].includes(key) && /[a-z]/i.test(value)) expect(koMap.get(key), `ko ${key}`).not.toBe(value);
      }
    }
  });
  it('give the plain-language translation notices', () => {
    expect(t('en').translation.notice.machine).toMatch(/machine translation/);
    expect(t('ko').translation.notice.machine).toMatch(/기계 번역/);
  });
});
