/**
 * Which site a saved page comes from, from what the page itself shows — its chrome (board names, skip links,
 * the site's name), its datelines and addresses, and the markup's URL — and so what kind of source it is
 * (an official release, a news report, a blog post) and who published it, in both languages.
 */
import type { SourceKind } from '../schemas/document.ts';
import type { Bilingual } from '../schemas/common.ts';

export interface Site {
  name: Bilingual;
  kind: SourceKind;
  /** The publisher of the document it carries, when that is not the site itself (a wire carrying the ministry's release). */
  carries?: Bilingual;
  /** What the page shows that marks it: a line of its chrome or text, or its address. */
  signs: RegExp[];
}

export const MOFA: Bilingual = { ko: '외교부', en: 'Ministry of Foreign Affairs' };

export const SITES: Site[] = [
  {
    name: MOFA,
    kind: 'official',
    signs: [
      /mofa\.go\.kr/,
      /^(?:Press Releases|Press Releases 상세보기|Ministry News|Press Briefings|보도자료|뉴포커스|외교부 소식)$/m,
      /^(?:부서명|담당부서)$/m,
      /Spokesperson's Office/,
      /^Ministry of Foreign Affairs,? REPUBLIC OF KOREA$/im,
    ],
  },
  {
    name: { ko: '대한민국 정책브리핑(korea.kr)', en: 'Korea Policy Briefing (korea.kr)' },
    kind: 'official',
    carries: MOFA,
    signs: [/korea\.kr/, /^브리핑룸$/m, /정책브리핑 게시물 운영원칙/],
  },
  { name: { ko: '뉴스와이어', en: 'Newswire' }, kind: 'official', carries: MOFA, signs: [/\(뉴스와이어\)/, /^외교부 개요$/m] },
  { name: { ko: 'KBS 월드', en: 'KBS World' }, kind: 'news', signs: [/world\.kbs\.co\.kr/, /Go to KBS/, /^KBS WORLD$/m] },
  { name: { ko: 'KBS', en: 'KBS' }, kind: 'news', signs: [/news\.kbs\.co\.kr/, /^KBS 뉴스$/m, /@kbs\.co\.kr/] },
  { name: { ko: '코리아헤럴드', en: 'The Korea Herald' }, kind: 'news', signs: [/koreaherald\.com/, /The Korea Herald/] },
  { name: { ko: '코리아중앙데일리', en: 'Korea JoongAng Daily' }, kind: 'news', signs: [/joongang\.co\.kr/, /Korea JoongAng Daily/] },
  { name: { ko: '뉴시스', en: 'Newsis' }, kind: 'news', signs: [/newsis\.com/i, /\[서울=뉴시스\]/, /^뉴시스$/m] },
  { name: { ko: 'MBN', en: 'MBN' }, kind: 'news', signs: [/mbn\.co\.kr/, /MBN APP/] },
  {
    name: { ko: '연합뉴스', en: 'Yonhap News Agency' },
    kind: 'news',
    signs: [/yna\.co\.kr/, /\(Yonhap\) --/, /\(서울=연합뉴스\)/, /^연합뉴스 본문 바로가기/m, /Yonhap News Agency/],
  },
];

const BLOG = /tistory\.com|Powered by Tistory|blog\.naver\.com|brunch\.co\.kr|modoo\.io|wordpress|blogspot|\bblog\b|블로그/i;

/**
 * The site a page comes from: the first whose signs the page shows (the ministry's own boards before the sites
 * that carry its releases). `page` is every line of the page, chrome included; `raw` the saved file's text.
 */
export function siteOf(page: string, raw: string, url?: string): Site | undefined {
  const all = `${url ?? ''}\n${page}`;
  const carriers = SITES.filter((s) => s.carries && s.signs.some((re) => re.test(all)));
  if (carriers.length) return carriers[0];
  return (
    SITES.find((s) => s.signs.some((re) => re.test(all))) ??
    (BLOG.test(raw.slice(0, 200_000)) ? { name: { ko: '', en: '' }, kind: 'blog', signs: [] } : undefined)
  );
}
