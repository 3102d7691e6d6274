/**
 * Site chrome: the lines a saved page carries that are not the document — skip links and menus, search boxes,
 * breadcrumbs, counters, share and print widgets, related and most-read lists, comment rules, copyright and
 * republication lines, previous/next links, photo credits. Each pattern says why a line goes, for the
 * import's report. Whole regions (everything above the title, everything after the end of the text) are cut
 * by the parser; these patterns find chrome wherever it stands.
 */
export interface ChromeRule {
  why: string;
  test: (line: string) => boolean;
}

const short = (max: number, re: RegExp) => (line: string) => line.length <= max && re.test(line);

export const CHROME_RULES: ChromeRule[] = [
  { why: 'skip link or menu', test: short(40, /바로\s?가기|건너뛰기|skip to|skip navigation|메인\s?메뉴|주\s?메뉴|전체\s?메뉴|사이트\s?맵|^menu$|main menu|^메뉴$/i) },
  { why: 'search box', test: short(30, /^(?:검색|통합\s?검색|검색창\s?(?:열기|닫기)|검색어\s?입력|search|search this site)$/i) },
  { why: 'government site banner', test: (l) => /누리집은 대한민국 공식 전자정부 누리집입니다|official (?:e-government )?website of the republic of korea/i.test(l) },
  { why: 'screen-reader landmark', test: short(20, /^(?:콘텐츠|컨텐츠|본문|내용)\s?영역$|^(?:main )?content$|배너\s?영역/i) },
  { why: 'section or board name', test: short(30, /^(?:브리핑룸|보도자료|보도참고자료|외교부\s?소식|공지사항|언론\s?보도|press releases?|briefing room|news(?:room)?|뉴스|notice)$/i) },
  {
    why: 'share, mail or print widget',
    test: short(30, /^(?:기사\s?)?(?:메일\s?전송|메일\s?보내기|이메일|인쇄|프린트|공유(?:하기)?|스크랩|글자\s?크기|글씨\s?크기|url\s?복사|링크\s?복사|카카오톡|페이스북|트위터|기사\s?수정|기사\s?삭제|print|share|e-?mail|facebook|twitter|x|kakaotalk|copy link)(?:\s?바로\s?가기|\s?하기)?$/i),
  },
  { why: 'view counter', test: (l) => /^(?:조회\s?수?|조회|hit|hits|views?|읽음)\s*[:：]?\s*[\d,]+$/i.test(l) || /^\d{1,6}$/.test(l) },
  { why: 'link back to the list', test: short(20, /^(?:목록|목록\s?보기|리스트|list|back to list|to list)$/i) },
  { why: 'previous/next link', test: short(120, /^(?:이전|다음)\s?(?:기사|글|게시물)|이전\s?다음\s?기사|^(?:previous|next)\s(?:article|post|page|story)\b|^(?:previous|next)$/i) },
  {
    why: 'related, most-read or latest list',
    test: short(40, /^(?:추천\s?뉴스|관련\s?(?:기사|뉴스|글)|많이\s?본|최신\s?(?:뉴스|기사|글)|인기\s?(?:글|기사|뉴스)|포토\s?뉴스|오늘의\s?(?:영상|사진)|실시간|related (?:articles|news|posts)|most (?:read|viewed|popular)|latest (?:news|articles|posts)|popular posts)|더\s?보기$/i),
  },
  { why: 'comment rules', test: (l) => /게시물\s?운영\s?원칙|댓글\s?(?:운영|정책|작성\s?시)|comment (?:policy|rules)/i.test(l) },
  { why: 'mobile or PC version link', test: short(30, /모바일\s?버전|PC\s?버전|mobile version|desktop version/i) },
  { why: 'date label without a date', test: short(30, /^(?:last updated|updated|최종\s?수정(?:일)?|수정일|등록일|작성일)\s*[:：]?\s*$/i) },
  // After the photo-credit rule, which keeps "▲ … ©" captions out of this one.
  { why: 'copyright line', test: (l) => /all rights reserved|무단\s?전재|재배포\s?금지|저작권자|copyright\s?[©ⓒ(]|^[©ⓒ]|powered by/i.test(l) },
];

/** A photo caption or credit: `▲ 외교부 페이스북 소식그림 ©`, `(사진=외교부)`, `사진 제공: …`. */
export function isPhotoCredit(line: string): boolean {
  if (line.length > 120) return false;
  if (/^▲/.test(line)) return true;
  if (/^\(?사진\s*[=:]|^사진\s?제공|^\[사진|^photo\s*[:=]|^\(photo|^photo by|^ⓒ\s*연합|^\(?사진출처/i.test(line)) return true;
  return /[©ⓒ]\s*$/.test(line) && !/all rights reserved|copyright/i.test(line) && line.length <= 60;
}

/** Why a line is chrome, or undefined when it may be the document's. */
export function chromeReason(line: string): string | undefined {
  if (isPhotoCredit(line)) return 'photo credit';
  return CHROME_RULES.find((r) => r.test(line))?.why;
}
