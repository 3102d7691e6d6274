import { describe, expect, it } from 'vitest';
import { Archive } from '../../../src/lib/model/archive.ts';
import { checkContentFolder } from '../../../src/lib/content/check-folder-fs.ts';
import { hasParallel, parallelView } from '../../../src/lib/browse/parallel.ts';
import { renderMarkdown } from '../../../src/lib/text/render-markdown.ts';
import { CONTENT_DIR } from '../../support/fixtures.ts';

const archive = new Archive(checkContentFolder(CONTENT_DIR).data);

describe('parallel reading (나란히 읽기)', () => {
  it('exists for documents with both language versions only', () => {
    expect(
      archive.documentGroups
        .filter(hasParallel)
        .map((g) => g.id)
        .sort(),
    ).toEqual(['2024-06-01-mofa-kr-us-vice-ministers', '2024-11-15-inside-story-lima-foreign-ministers']);
    expect(parallelView(archive.document('2018-06-29-ecounion-kr-us-foreign-ministers-call'))).toBeUndefined();
  });

  it('puts each Korean paragraph beside its English one, keeps printed numbers, and marks the closing line', () => {
    const view = parallelView(archive.document('2024-06-01-mofa-kr-us-vice-ministers'))!;
    expect(view.rows.map((r) => r.kind)).toEqual([...Array(8).fill('matched'), 'only-left']);
    expect(view.mismatches).toBe(1);
    expect(view.rows[0]!.ko[0]).toMatch(/^<p>미국을 방문중인 김홍균 외교부 제1차관은\s5\.31\.\(금\)\s오전/);
    expect(view.rows[0]!.en[0]).toMatch(/^<p><span class="para-number">1\.<\/span> During his visit to the United States/);
    expect(view.rows[7]!.en[0]).toContain('<span class="para-number">8.</span> On the afternoon of May 29');
    expect(view.rows[8]).toEqual({ kind: 'only-left', ko: ['<p>붙임 : 사진 추후 게재 예정.</p>'], en: [] });
  });

  it('renders pieces of a body with raw HTML made inert, as on the article pages', () => {
    expect(renderMarkdown('a <script>alert(1)</script> <b onclick="x()">b</b>')).toBe('<p>a  <b>b</b></p>');
    expect(renderMarkdown('| 이슈 | 내용 |\n| --- | --- |\n| 안보 | 공조 |')).toContain('<td>안보</td>');
  });
});
