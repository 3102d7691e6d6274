/**
 * Site chrome: the lines a saved page carries that are not the document — skip links and menus, search boxes,
 * government banners, site and section names, breadcrumbs, counters, share and print widgets, related and
 * most-read lists, comment rules, satisfaction surveys, copyright and republication lines, reporters'
 * addresses, photo captions and credits, previous/next links, cookie notices. Each rule says why a line goes,
 * for the import's report. Whole regions (above the title, after the end of the text) are cut by the parser;
 * these rules find chrome wherever it stands.
 */
export interface ChromeRule {
  why: string;
  test: (line: string) => boolean;
}

const short = (max: number, re: RegExp) => (line: string) => line.length <= max && re.test(line);
const key = (line: string) =>
  line
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*상세\s?보기$/, '')
    .trim();

/**
 * Names of sites, boards, sections and menu items, as whole lines. A headline is never one of these; they
 * stand above it on the ministry's boards, korea.kr, the news agencies and newspapers.
 */
const MENU_WORDS = new Set(
  [
    // The ministry's sites and boards, in both languages.
    '외교부',
    '대한민국 외교부',
    '외교통상부',
    'ministry of foreign affairs',
    'ministry of foreign affairs republic of korea',
    'ministry of foreign affairs, republic of korea',
    'ministry of foreign affairs and trade',
    '보도자료',
    '보도참고자료',
    '뉴포커스',
    '외교부 소식',
    '외교부소식',
    '브리핑룸',
    '정책브리핑',
    '대변인 정례브리핑',
    '공지사항',
    '언론보도',
    '언론 보도',
    '보 도 자 료',
    'press',
    'press releases',
    'press release',
    'press briefings',
    'ministry news',
    'news',
    'newsroom',
    'notice',
    'notices',
    'briefing room',
    'countries information',
    'bilateral relations',
    'foreign policy',
    'ministry',
    'policy',
    'about us',
    'about',
    'home',
    '홈',
    'kor',
    'eng',
    'english',
    'korean',
    '한국어',
    '영문',
    'english version',
    '국가상징',
    '어린이·청소년',
    '어린이청소년',
    '어린이 청소년',
    'rss',
    'sitemap',
    '사이트맵',
    'screen size',
    '화면 크기',
    '전체메뉴',
    '전체 메뉴',
    '메뉴',
    'menu',
    'menu content',
    'go to contents',
    'go to kbs',
    'about us go to kbs',
    'login',
    'log in',
    'sign in',
    'sign up',
    'subscribe',
    '로그인',
    '회원가입',
    '구독',
    '구독하기',
    'search',
    '검색',
    'top',
    'go to top',
    '맨 위로',
    '위로',
    // Sections of news sites.
    '정치',
    '경제',
    '사회',
    '국제',
    '문화',
    '스포츠',
    '연예',
    '오피니언',
    '사설',
    '칼럼',
    '외교',
    '외교·안보',
    '외교안보',
    '북한',
    '통일',
    '국방',
    '전국',
    '세계',
    '생활',
    '라이프',
    'it·과학',
    '포토',
    '영상',
    'national',
    'politics',
    'diplomacy',
    'north korea',
    'n. korea',
    'business',
    'economy',
    'world',
    'opinion',
    'sports',
    'entertainment',
    'life&style',
    'lifestyle',
    'culture',
    'society',
    'international',
    'defense',
    'asia',
    'science',
    'tech',
    'video',
    'photos',
    'latest',
    'top news',
    'breaking news',
    'headlines',
    'features',
    // Outlets and portals.
    '연합뉴스',
    'yonhap',
    'yonhap news',
    'yonhap news agency',
    '연합뉴스tv',
    'kbs',
    'kbs 뉴스',
    'kbs news',
    'kbs world',
    'kbs world radio',
    'mbc',
    'mbc 뉴스',
    'sbs',
    'sbs 뉴스',
    'mbn',
    'jtbc',
    'ytn',
    '뉴시스',
    'newsis',
    '뉴스1',
    'news1',
    '조선일보',
    '중앙일보',
    '동아일보',
    '한겨레',
    '경향신문',
    '한국일보',
    '서울신문',
    '국민일보',
    '세계일보',
    '문화일보',
    '매일경제',
    '한국경제',
    '이데일리',
    '아시아경제',
    '헤럴드경제',
    '노컷뉴스',
    '데일리nk',
    'the korea herald',
    'korea herald',
    'the korea times',
    'korea times',
    'korea joongang daily',
    'joongang daily',
    'arirang',
    'arirang news',
    'korea.net',
    'voa',
    'voa korea',
    'voa 한국어',
    '대한민국 정책브리핑',
    'korea policy briefing',
    '뉴스와이어',
    'newswire',
  ].map(key),
);

/** Whether a line is the name of a site, board, section or menu item. */
export function isMenuWord(line: string): boolean {
  return MENU_WORDS.has(key(line));
}

export const CHROME_RULES: ChromeRule[] = [
  {
    why: 'skip link or menu',
    test: short(60, /바로\s?가기|건너뛰기|skip to|skip navigation|메인\s?메뉴|주\s?메뉴|전체\s?메뉴|사이트\s?맵|^menu$|main menu|^메뉴$|^go to contents$/i),
  },
  { why: 'search box', test: short(30, /^(?:검색|통합\s?검색|검색창\s?(?:열기|닫기)|검색어\s?입력|search|search this site)$/i) },
  {
    why: 'government site banner',
    test: (l) =>
      /누리집은 대한민국 공식 전자정부 누리집입니다|^eg\(전자정부\)|공식 누리집 주소 확인하기|go\.kr 주소를 사용하는 누리집은|다른 도메인 주소를 사용하고 있다면|운영중인 공식 누리집|official (?:e-government )?website of the republic of korea/i.test(
        l,
      ),
  },
  {
    // A portal's own lines around an article it carries (Daum, Naver): its summary notice, font-size widget, slogan.
    why: 'news portal widget',
    test: (l) =>
      /자동요약|요약봇|본문 보기를 권장합니다|글자\s?크기(?:가|로)?\s?변경|글자\s?크기\s?설정|^\(예시\) 가장 빠른 뉴스|다음뉴스를 만나보세요|네이버 뉴스|^기사 읽기$|^번역 설정$|^번역beta|^Translated by|^구독중$|^구독자\s?[\d,]+/i.test(
        l,
      ),
  },
  {
    why: 'search form',
    test: (l) =>
      /^(?:range|order by|periods|keyword|type size|example type sizing|most liked|most saved|most viewed(?: all categories)?|issue keywords|main article right now|how can we improve\?|submit|thanks for your feedback!|to get the link, tap the url\.|saved)$/i.test(
        l,
      ) ||
      /^\* the search is limited to articles/i.test(l) ||
      /^(?:Recommended|Keywords?|Tags?|태그|관련 ?태그)\s*#/i.test(l) ||
      /^(?:#[^\s#]+\s*){2,}$/.test(l),
  },
  { why: 'screen-reader landmark', test: short(20, /^(?:콘텐츠|컨텐츠|본문|내용)\s?영역$|^(?:main )?content$|배너\s?영역/i) },
  { why: 'section or board name', test: (l) => l.length <= 60 && isMenuWord(l) },
  { why: 'breadcrumb', test: short(80, /^(?:home|홈|HOME)\s*[>›»]|^\S[^>]{0,20}\s[>›»]\s\S[^>]{0,20}(?:\s[>›»]\s\S.{0,20})?$/i) },
  {
    why: 'social media link',
    test: short(90, /(?:^|\s)(?:facebook|instagram|twitter|youtube|kakao\s?talk|naver blog|페이스북|인스타그램|트위터|유튜브|카카오톡|블로그)$/i),
  },
  {
    why: 'share, mail or print widget',
    test: short(
      40,
      /^(?:기사\s?)?(?:메일\s?전송|메일\s?보내기|이메일|인쇄|프린트|공유(?:하기)?|스크랩|글자\s?크기(?:\s?설정|\s?조절)?|글씨\s?크기(?:\s?조절)?|기사\s?읽어주기|다시듣기|url\s?복사|링크\s?복사|카카오톡|페이스북|트위터|기사\s?수정|기사\s?삭제|print|share|e-?mail|facebook|twitter|x|kakaotalk|copy link|link copied|•?\s?link copied|print dictionary print|dictionary|font size|text size)(?:\s?바로\s?가기|\s?하기)?$/i,
    ),
  },
  { why: 'view counter', test: (l) => /^(?:조회\s?수?|조회|hit|hits|views?|읽음)\s*[:：]?\s*[\d,]+$/i.test(l) || /^\d{1,6}$/.test(l) },
  { why: 'link back to the list', test: short(20, /^(?:목록|목록\s?보기|리스트|list|back to list|to list)$/i) },
  {
    why: 'previous/next link',
    test: short(
      120,
      /^(?:이전|다음)\s?(?:기사|글|게시물)|^(?:이전글|다음글)\b|이전\s?다음\s?기사|^(?:previous|next)\s(?:article|post|page|story)\b|^(?:previous|next|prev)$/i,
    ),
  },
  {
    why: 'related, most-read or latest list',
    test: short(
      40,
      /^(?:추천\s?(?:뉴스|기사)|에디터\s?추천|관련\s?(?:기사|뉴스|글)|많이\s?본|최신\s?(?:뉴스|기사|글)|인기\s?(?:글|기사|뉴스)|이 블로그 인기글|포토\s?뉴스|오늘의\s?(?:영상|사진)|실시간|related (?:articles|news|posts|stories)|most (?:read|viewed|popular)|latest (?:news|articles|posts)|popular posts|editor'?s pick|top stories|you may also like)|더\s?보기$/i,
    ),
  },
  { why: 'list separator', test: (l) => /^[-–—•·]$/.test(l) },
  { why: 'comment rules', test: (l) => /게시물\s?운영\s?원칙|댓글\s?(?:운영|정책|작성\s?시)|comment (?:policy|rules)/i.test(l) },
  {
    why: 'comments and likes',
    test: short(
      30,
      /^(?:댓글\s?\d*|comments?\s?\d*|leave a comment|공감|좋아요\s?\d*|저작자\s?표시|공감\s?저작자표시|이 기사가 좋으셨다면|like|likes?\s?\d+)$/i,
    ),
  },
  { why: 'satisfaction survey', test: (l) => /만족도\s?조사|열람하신 정보에 대해 만족하십니까|^메뉴\s?담당\s?부서$/i.test(l) },
  { why: 'mobile or PC version link', test: short(30, /모바일\s?버전|PC\s?버전|mobile version|desktop version/i) },
  { why: 'app banner', test: short(40, /(?:app|앱)\s?다운로드|download (?:the|our) app/i) },
  {
    why: 'cookie notice',
    test: (l) => /this website uses cookies|uses cookies and other technology|쿠키를 사용합니다/i.test(l) || /^for further details\s*>?$/i.test(l),
  },
  { why: 'date label without a date', test: short(30, /^(?:last updated|updated|최종\s?수정(?:일)?|수정일|등록일|작성일)\s*[:：]?\s*$/i) },
  {
    why: 'reporter’s address',
    test: (l) => l.length <= 60 && /^(?:[가-힣]{2,5}\s?(?:기자|특파원|선임기자)\s+|온라인뉴스부\s+|[A-Za-z .]{0,30}\s)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(l),
  },
  { why: 'wire boilerplate', test: (l) => /^(?:외교부 개요|웹사이트:\s?https?:\/\/\S+|연락처|국내 최대 배포망으로 .*)$/.test(l) },
  // After the photo-credit rule, which keeps "▲ … ©" captions out of this one.
  { why: 'copyright line', test: (l) => /all rights reserved|무단\s?전재|재배포\s?금지|저작권자|copyright\s?[©ⓒ(]|^[©ⓒ]|powered by/i.test(l) },
];

/** A photo caption or credit: `▲ 외교부 페이스북 소식그림 ©`, `(사진=외교부)`, `Photo : YONHAP News`, `… in this photo … (Yonhap)`. */
export function isPhotoCredit(line: string): boolean {
  if (line.length > 300) return false;
  if (/^▲/.test(line)) return true;
  if (/^photo\s?:\s?\S/i.test(line) && line.length <= 60) return true;
  if (/\(PHOTO NOT FOR SALE\)|\bin (?:this|a) (?:file )?photo\b|\(file photo\)|\bfile photo\. \((?:Yonhap|AP|AFP|Reuters)\)$/i.test(line)) return true;
  // `Minister of Foreign Affairs Yun Byung-se (Yonhap)`: a name and the agency, not a sentence that cites it.
  if (/\((?:Yonhap|AP|AFP|Reuters|EPA)\)$/.test(line) && !/[.!?"”’]\s*\((?:Yonhap|AP|AFP|Reuters|EPA)\)$/.test(line) && line.length <= 160) return true;
  // A Korean caption ends with the date and the photographer: `… 2019.01.22 사진기자 photo@…`, `… /연합뉴스`.
  if (
    line.length <= 250 &&
    (/사진기자|\[연합뉴스 자료사진\]|\/\s?연합뉴스$|사진\s?제공\s?=\s?\S+$/.test(line) ||
      /\d{4}\.\d{1,2}\.\d{1,2}\.?\s+[가-힣]{2,4}\s?기자(?:\s\S+@\S+)?$/.test(line))
  )
    return true;
  if (/^\(?사진\s*[=:]|^사진\s?제공|^\[사진|^photo\s*[:=]|^\(photo|^photo by|^ⓒ\s*연합|^\(?사진출처/i.test(line) && line.length <= 120) return true;
  return /[©ⓒ]\s*$/.test(line) && !/all rights reserved|copyright/i.test(line) && line.length <= 60;
}

/** Why a line is chrome, or undefined when it may be the document's. */
export function chromeReason(line: string): string | undefined {
  if (isPhotoCredit(line)) return 'photo credit';
  return CHROME_RULES.find((r) => r.test(line))?.why;
}
