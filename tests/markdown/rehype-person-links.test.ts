import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/lib/content/check-folder-fs.ts';
import { rehypePersonLinks } from '../../src/markdown/rehype-person-links.ts';
import { CONTENT_DIR } from '../support/fixtures.ts';

const { people } = checkContentFolder(CONTENT_DIR).data;
const processor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(rehypePersonLinks, { people: () => people, href: (lang: string, id: string) => `/${lang}/people/${id}/` })
  .use(rehypeStringify);
const render = (md: string, lang: 'ko' | 'en') => String(processor.processSync({ value: md, path: `content/documents/x.${lang}.md` }));
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('rehypePersonLinks (인물 링크)', () => {
  it('links the first mention of each person to their page, before a particle or a parenthesis, in Korean', () => {
    const md =
      '미국을 방문중인 김홍균 외교부 제1차관은 커트 캠벨(Kurt M. Campbell) 국무부 부장관과 회담을 갖고\n\n김홍균 차관은 캠벨 부장관에게 사의를 표했다.';
    const html = render(md, 'ko');
    expect(html).toContain('<a href="/ko/people/kim-hong-kyun/" class="person-link" data-person="kim-hong-kyun">김홍균</a> 외교부');
    expect(html).toContain('<a href="/ko/people/kurt-campbell/" class="person-link" data-person="kurt-campbell">커트 캠벨</a>(Kurt M. Campbell)');
    expect(html.match(/person-link/g)).toHaveLength(2);
    // The text itself is unchanged.
    expect(text(html)).toBe(text(String(unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).processSync(md))));
  });

  it('matches English names by any recorded form, whole words only', () => {
    const html = render(
      '1. Vice Minister Kim Hong Kyun held a meeting with U.S. Deputy Secretary of State Kurt M. Campbell.\n\n2. Secretary Tony Blinken, and Kimberly Kim Hong-kyunx.',
      'en',
    );
    expect(html).toContain('<a href="/en/people/kim-hong-kyun/" class="person-link" data-person="kim-hong-kyun">Kim Hong Kyun</a> held');
    expect(html).toContain('>Kurt M. Campbell</a>.');
    expect(html).toContain('>Tony Blinken</a>,');
    expect(html).not.toContain('Kimberly <a');
    expect(html.match(/person-link/g)).toHaveLength(3);
  });

  it('leaves links, code and headings alone, and pages without a language', () => {
    expect(render('## 김홍균 차관\n\n[김홍균](https://example.org) `김홍균`', 'ko')).not.toContain('person-link');
    expect(String(processor.processSync({ value: '김홍균 차관', path: 'notes.md' }))).not.toContain('person-link');
  });
});
