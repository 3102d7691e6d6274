import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import CiteThis from '../../src/components/CiteThis.astro';
import { citationOf } from '../../src/lib/publish/citation/index.ts';
import { realArchive } from '../support/archive.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const archive = realArchive();
// The development renderer marks every element with its source location; the build does not.
const render = async (id: string, lang: 'ko' | 'en') =>
  (
    await container.renderToString(CiteThis, {
      props: { citation: citationOf(archive, archive.document(id).versions[lang]!, { site: 'https://example.org', base: '/' }) },
    })
  ).replace(/ data-astro-source-[a-z]+="[^"]*"/g, '');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('CiteThis', () => {
  it('shows both citations, each in its language, the page’s language first', async () => {
    const html = await render('2024-06-01-mofa-kr-us-vice-ministers', 'ko');
    expect(html).toContain('<h2 id="cite-heading">인용</h2>');
    const ko = /<dd lang="ko" data-citation="ko">(.*?)<\/dd>/s.exec(html)![1]!;
    const en = /<dd lang="en" data-citation="en">(.*?)<\/dd>/s.exec(html)![1]!;
    expect(html.indexOf('data-citation="ko"')).toBeLessThan(html.indexOf('data-citation="en"'));
    expect(text(ko)).toBe(
      '외교부, 「한미 외교차관회담(5.31) 결과」, 보도자료, 2024년 6월 1일, 외교 브리핑 아카이브, https://example.org/ko/documents/2024-06-01-mofa-kr-us-vice-ministers/.',
    );
    expect(en).toContain('<span lang="ko">한미 외교차관회담(5.31) 결과</span>');
    expect(text(en)).toMatch(/^Ministry of Foreign Affairs \(Republic of Korea\)\. “한미 외교차관회담\(5\.31\) 결과\.” Press release, 1 June 2024\./);
  });

  it('gives the three formats as text to copy, with a button to save each, named in the page’s language', async () => {
    const html = await render('2024-11-15-inside-story-lima-foreign-ministers', 'en');
    expect(html.indexOf('data-citation="en"')).toBeLessThan(html.indexOf('data-citation="ko"'));
    expect(html).toContain('<i>Inside Story</i>');
    for (const [ext, name] of [
      ['bib', 'BibTeX'],
      ['ris', 'RIS'],
      ['json', 'CSL-JSON'],
    ]) {
      const block = new RegExp(`<details class="cite-format" data-cite-format="${ext}">(.*?)</details>`, 's').exec(html)?.[1];
      expect(block, ext).toBeDefined();
      expect(block).toMatch(/<pre><code>[^<]+<\/code><\/pre>/);
      expect(block).toMatch(
        new RegExp(
          `<button type="button" hidden data-cite-download="${ext}" data-filename="2024-11-15-inside-story-lima-foreign-ministers-en\\.${ext}" data-type="[^"]+">Save as ${name} file \\(\\.${ext}\\)</button>`,
        ),
      );
    }
    expect(text(html)).toContain('RIS — for Zotero, EndNote, Mendeley');
    expect(text(html)).toContain('@misc{2024-11-15-inside-story-lima-foreign-ministers-en,');
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/i);
    const ko = await render('2024-11-15-inside-story-lima-foreign-ministers', 'ko');
    expect(ko).toContain('참고문헌 관리 프로그램용');
    expect(ko).toContain('BibTeX 파일로 내려받기 (.bib)');
  });
});
