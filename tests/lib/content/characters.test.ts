import { describe, expect, it } from 'vitest';
import { characterProblems } from '../../../src/lib/content/characters.ts';

describe('characters no page or feed can show (표시할 수 없는 문자)', () => {
  it('accepts every character a text can hold: Hangul, emoji, tabs, line breaks, no-break and zero-width spaces', () => {
    expect(characterProblems('a.yaml', { title: '한미 😀\t회담\n둘째 줄', name: { ko: '홍\u00a0길동\u200b', en: 'Hong' } }, '본문\r\n끝')).toEqual([]);
  });

  it('names the field, the character, where it is and the fix, for controls, noncharacters and half surrogate pairs', () => {
    const problems = characterProblems('a.md', { title: 'A\u0000B', roles: [{ title: { en: 'x\uffff' } }], family: { ko: '김\ud800' } }, '첫 줄\n둘째\u0007 줄');
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'title: contains U+0000, a control character that pages and feeds cannot show, at character 2: delete it, or write the character the source meant',
      'roles[0].title.en: contains U+FFFF, a noncharacter that pages and feeds cannot show, at character 2: delete it, or write the character the source meant',
      'family.ko: contains U+D800, half of a surrogate pair (no character) that pages and feeds cannot show, at character 2: delete it, or write the character the source meant',
      'body: contains U+0007, a control character that pages and feeds cannot show, on line 2 of the text below the frontmatter: delete it, or write the character the source meant',
    ]);
  });

  it('says which Windows-1252 character a C1 control most likely stood for', () => {
    const [problem] = characterProblems('a.yaml', { title: 'Korea\u0092s' });
    expect(problem!.message).toContain('(probably ’, from a page decoded as Latin-1 instead of Windows-1252)');
  });
});
