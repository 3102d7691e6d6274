/**
 * Every message the import gives an archivist, in Korean and in English: one dictionary per language, as the
 * site's UI strings are. The command picks one with --lang (default: the system locale).
 */
import type { Lang } from '../schemas/common.ts';

export interface ImportMessages {
  // decode
  tooLarge: (mb: string, limit: number) => string;
  binary: string;
  notText: string;
  controls: string;
  empty: string;
  noLines: string;
  // extract
  modifiedOnly: (date: string) => string;
  publishedFromCounter: (date: string) => string;
  publishedFromCapture: (date: string) => string;
  noPublished: string;
  newPublisher: (name: string) => string;
  noPublisher: string;
  unknownPerson: (names: string, id: string, record: string) => string;
  blogNote: string;
  noMeetingDate: string;
  noMeetingYear: string;
  noLevel: string;
  otherMeeting: (countries: string, people: string) => string;
  noRole: (person: string, date: string) => string;
  noCounterpart: string;
  placeAtHome: string;
  // entries
  pairsWith: (lang: Lang, id: string, reasons: string, pageLang: Lang) => string;
  reasonDate: (date: string) => string;
  reasonMonthDay: (monthDay: string) => string;
  reasonCounterparts: (list: string) => string;
  reasonParticipants: (list: string) => string;
  reasonPublished: (date: string, lang: Lang, other: string) => string;
  alreadyHolds: (id: string) => string;
  publisherAsPrinted: (name: string) => string;
  translationWithoutOriginal: (lang: Lang, from: Lang) => string;
  standaloneTranslation: (lang: Lang, from: Lang) => string;
  noBody: string;
  noTitle: string;
  titleReplaced: (printed: string) => string;
  personAdded: (names: string, id: string) => string;
  reportWritten: (json: string, csv: string) => string;
  titleForOnePage: string;
  newOccasion: (name: string) => string;
  fixPublished: string;
  fixPublisher: string;
  fixMeetings: string;
  fixMeetingDate: string;
  fixLevel: string;
  fixParticipants: string;
  fixCounterparts: string;
  // write and import
  exists: (paths: string, many: boolean) => string;
  cannotWrite: (why: string) => string;
  internal: (why: string) => string;
  // the command
  usage: string;
  noInput: string;
  noSuchInput: (path: string) => string;
  notContentFolder: (dir: string) => string;
  cannotRead: (code: string) => string;
  folderLoop: string;
  /** `others`: the ids of the trip's other meetings, joined with commas. */
  tripOf: (traveller: string, dates: string, others: string) => string;
  progress: (done: number, total: number, imported: string, skipped: number, failed: number) => string;
  imported: (n: number) => string;
  parsed: (n: number) => string;
  summary: (pages: number, seconds: string, done: string, skipped: number, failed: number) => string;
  dryRun: string;
}

const en: ImportMessages = {
  tooLarge: (mb, limit) => `the file is ${mb} MB, more than any press-release page (limit ${limit} MB): save only the article page`,
  binary: 'the file holds binary data (NUL bytes), not a saved page: save the page as text or HTML',
  notText: 'the file is neither UTF-8 nor EUC-KR text: save the page again as UTF-8 text or HTML',
  controls: 'the file holds control characters, not a saved page: save the page as text or HTML',
  empty: 'the file has no text in it',
  noLines: 'no text in the page',

  modifiedOnly: (date) => `only a modification date is printed (${date}): it is taken as the publication date`,
  publishedFromCounter: (date) => `no publication date printed; ${date} is the first day of the page's visit counter`,
  publishedFromCapture: (date) => `no publication date printed; ${date} is the date the copy was saved (its stamp): check it against the source`,
  noPublished: 'no publication date found: give it in the entry (published: YYYY-MM-DD)',
  newPublisher: (name) => `the publisher "${name}" is new to the archive: add its name in both languages (source.publisher)`,
  noPublisher: 'the page does not name its publisher',
  unknownPerson: (names, id, record) => `"${names}" is not in the people registry: if they took part, add content/people/${id}.yaml, e.g. { ${record} }`,
  blogNote: 'a blog post is a secondary source: add a note saying what it adds to or claims beyond the official record',
  noMeetingDate: 'no meeting date found in the text: give it in the meeting record',
  noMeetingYear: 'the meeting date cannot be resolved without a year: pair the page with its other language version, or give the date',
  noLevel: 'the meeting level (summit, minister, vice-minister, …) is not clear from the title or lead',
  otherMeeting: (countries, people) => `the text also reports a meeting with ${countries} (${people}): import or record it as a meeting of its own`,
  noRole: (person, date) => `no role of ${person} on ${date} in the people registry: add it (roles)`,
  noCounterpart: 'no counterpart country found in the title or among the participants',
  placeAtHome: 'the page names no place for the meeting: taken as held in Korea (place.country: kr); correct place if it was elsewhere',

  pairsWith: (lang, id, reasons, pageLang) =>
    `pairs with the ${lang} version of ${id} (${reasons}): add --pair to import it as that document's ${pageLang} version`,
  reasonDate: (date) => `meeting date ${date}`,
  reasonMonthDay: (md) => `meeting on ${md} (the page gives no year)`,
  reasonCounterparts: (list) => `counterparts ${list}`,
  reasonParticipants: (list) => `participants ${list}`,
  reasonPublished: (date, lang, other) => `published ${date}, the ${lang} version ${other}`,
  alreadyHolds: (id) => `the archive already holds a document ${id} in this language`,
  publisherAsPrinted: (name) => `source.publisher.en is written as "${name}", as printed: replace it with the publisher's English name`,
  translationWithoutOriginal: (lang, from) =>
    `this is the ${lang} machine translation of a ${from} original the archive does not hold: import the ${from} version first, then this page with --pair`,
  standaloneTranslation: (lang, from) =>
    `kept on its own: the ${from} original of this ${lang} translation is not in the archive yet, and its page says so (add translation.originalUrl if you know the original's address); import the ${from} original later with --pair to join them`,
  noBody: 'no text found: the page holds only site chrome (menus, lists, footers)',
  noTitle: 'no headline found: the page prints none above its text (a menu, section or outlet name is no title): give it with --title "…"',
  titleReplaced: (printed) => `the title given with --title replaces the page's "${printed}"`,
  personAdded: (names, id) =>
    `"${names}" added to the people registry as content/people/${id}.yaml, marked incomplete: check the name in both scripts, the country and the role, then remove "incomplete"`,
  reportWritten: (json, csv) => `report: ${json}, ${csv}`,
  titleForOnePage: '--title names the headline of one page: give one file with it',
  newOccasion: (name) => `occasion "${name}" is new to the archive: add it in both languages (occasion) if it matters`,
  fixPublished: 'no publication date found on the page: add `published: YYYY-MM-DD` to the entry, or pair it (--pair) with its other language version',
  fixPublisher: 'the page does not name its publisher: add the publisher in both languages',
  fixMeetings: "the meeting could not be identified (see the meeting's problems)",
  fixMeetingDate: 'no meeting date found in the text: give the date, or pair the page (--pair) with its other language version',
  fixLevel: 'the level (summit, minister, vice-minister, senior-official, working) is not clear from the title: set it',
  fixParticipants:
    'no participant from the people registry is named in the lead: add the people (content/people/), or import again with --add-people to start their records from the page',
  fixCounterparts: 'no counterpart country found: name it (counterparts: [us])',

  exists: (paths, many) => `${paths} already exist${many ? '' : 's'}: add --force to replace`,
  cannotWrite: (why) => `could not write: ${why}`,
  internal: (why) => `the importer failed on this page (${why}); please report it with the file`,

  usage: `usage: npm run import -- <file or folder>... [options]
  --dry-run       write nothing; report what would be imported
  --json          print one JSON object per input (an array) on stdout
  --force         replace files that already exist
  --pair          import a page that matches a document of the other language as that document's version
  --add-people    write the participants the people registry lacks as records marked incomplete
  --title TEXT    the headline of a page that prints none (one file only)
  --keep-capture  keep the saved page under content/captures/, with its SHA-256 and capture date in the document
  --report PATH   write the report (PATH.json, PATH.csv); a folder import writes ./import-report.json and .csv
  --content DIR   the content folder (default: ARCHIVE_CONTENT_DIR or ./content)
  --lang ko|en    the language of messages (default: the system's)`,
  noInput: 'name at least one saved page or folder',
  noSuchInput: (path) => `${path}: no such file or folder`,
  notContentFolder: (dir) => `${dir}: not an archive content folder (no people or countries registry): give --content DIR`,
  cannotRead: (code) => `cannot read it (${code}): check that it is there and that you may read it (chmod -R u+rX), or leave it out`,
  folderLoop: 'is a link back to a folder already read: its pages are imported once, from there',
  tripOf: (traveller, dates, others) =>
    `the meeting belongs to the trip of ${traveller} (${dates}) with ${others}: if that is one journey, add related: [${others}] to the meeting record`,
  progress: (done, total, imported, skipped, failed) => `${done}/${total} ${imported}, ${skipped} skipped, ${failed} failed`,
  imported: (n) => `${n} imported`,
  parsed: (n) => `${n} parsed`,
  summary: (pages, seconds, done, skipped, failed) => `${pages} page${pages === 1 ? '' : 's'} in ${seconds} s: ${done}, ${skipped} skipped, ${failed} failed`,
  dryRun: '(dry run, nothing written)',
};

const ko: ImportMessages = {
  tooLarge: (mb, limit) => `파일이 ${mb} MB로 보도자료 페이지로는 너무 큽니다(한도 ${limit} MB): 기사 페이지만 저장하세요`,
  binary: '파일에 바이너리 데이터(NUL 바이트)가 있어 저장한 페이지가 아닙니다: 페이지를 텍스트나 HTML로 저장하세요',
  notText: '파일이 UTF-8 텍스트도 EUC-KR 텍스트도 아닙니다: 페이지를 UTF-8 텍스트나 HTML로 다시 저장하세요',
  controls: '파일에 제어 문자가 있어 저장한 페이지가 아닙니다: 페이지를 텍스트나 HTML로 저장하세요',
  empty: '파일에 글자가 없습니다',
  noLines: '페이지에 본문이 없습니다',

  modifiedOnly: (date) => `수정일(${date})만 적혀 있어 이를 게시일로 씁니다`,
  publishedFromCounter: (date) => `게시일이 없어 방문 집계가 시작된 날(${date})을 게시일로 씁니다`,
  publishedFromCapture: (date) => `게시일이 없어 사본을 저장한 날(${date}, 저장 표시)을 게시일로 씁니다: 원문과 대조해 주세요`,
  noPublished: '게시일을 찾지 못했습니다: 항목에 적어 주세요(published: YYYY-MM-DD)',
  newPublisher: (name) => `발행처 "${name}"은(는) 아카이브에 처음 나옵니다: 두 언어 이름을 적어 주세요(source.publisher)`,
  noPublisher: '페이지에 발행처가 없습니다',
  unknownPerson: (names, id, record) => `"${names}"은(는) 인물 목록에 없습니다: 회담 참석자라면 content/people/${id}.yaml을 추가하세요. 예: { ${record} }`,
  blogNote: '블로그 글은 2차 자료입니다: 공식 기록에 없는 내용이 무엇인지 메모(note)를 달아 주세요',
  noMeetingDate: '본문에서 회담 날짜를 찾지 못했습니다: 회담 기록에 날짜를 적어 주세요',
  noMeetingYear: '연도가 없어 회담 날짜를 정할 수 없습니다: 다른 언어판과 짝지어 가져오거나 날짜를 적어 주세요',
  noLevel: '제목이나 첫 문단으로는 회담 급(정상, 장관, 차관 …)을 알 수 없습니다',
  otherMeeting: (countries, people) => `본문이 ${countries}와(과)의 다른 회담(${people})도 전합니다: 따로 가져오거나 회담 기록을 만드세요`,
  noRole: (person, date) => `인물 목록에 ${person}의 ${date} 당시 직책이 없습니다: 직책(roles)을 추가하세요`,
  noCounterpart: '제목이나 참석자에서 상대국을 찾지 못했습니다',
  placeAtHome: '회담 장소가 페이지에 없어 국내(place.country: kr)에서 열린 것으로 봅니다: 다른 곳이었다면 place를 고치세요',

  pairsWith: (lang, id, reasons, pageLang) => `${id}의 ${lang} 판과 짝이 맞습니다(${reasons}): 그 문서의 ${pageLang} 판으로 가져오려면 --pair를 붙이세요`,
  reasonDate: (date) => `회담 날짜 ${date}`,
  reasonMonthDay: (md) => `회담 ${md}(페이지에 연도 없음)`,
  reasonCounterparts: (list) => `상대국 ${list}`,
  reasonParticipants: (list) => `참석자 ${list}`,
  reasonPublished: (date, lang, other) => `게시일 ${date}, ${lang} 판 ${other}`,
  alreadyHolds: (id) => `아카이브에 같은 언어의 문서 ${id}가 이미 있습니다`,
  publisherAsPrinted: (name) => `source.publisher.en을 인쇄된 대로 "${name}"(으)로 적었습니다: 발행처의 영어 이름으로 바꿔 주세요`,
  translationWithoutOriginal: (lang, from) =>
    `아카이브에 없는 ${from} 원문의 ${lang} 기계 번역입니다: ${from} 판을 먼저 가져온 뒤 이 페이지를 --pair로 가져오세요`,
  standaloneTranslation: (lang, from) =>
    `${from} 원문이 아직 아카이브에 없는 ${lang} 번역으로 보관합니다: 문서 페이지에 그렇게 표시됩니다(원문 주소를 알면 translation.originalUrl에 적으세요). 나중에 ${from} 원문을 --pair로 가져오면 둘이 이어집니다`,
  noBody: '본문을 찾지 못했습니다: 페이지에 사이트 메뉴·목록·하단 정보만 있습니다',
  noTitle: '제목을 찾지 못했습니다: 본문 위에 제목이 없습니다(메뉴·분류·매체 이름은 제목이 아닙니다): --title "…"로 제목을 주세요',
  titleReplaced: (printed) => `--title로 준 제목이 페이지의 "${printed}" 대신 쓰입니다`,
  personAdded: (names, id) =>
    `"${names}"을(를) content/people/${id}.yaml로 인물 목록에 추가하고 미완성(incomplete)으로 표시했습니다: 두 문자의 이름, 국가, 직책을 확인한 뒤 "incomplete"를 지우세요`,
  reportWritten: (json, csv) => `보고서: ${json}, ${csv}`,
  titleForOnePage: '--title은 한 페이지의 제목입니다: 파일 하나와 함께 주세요',
  newOccasion: (name) => `계기 "${name}"은(는) 아카이브에 처음 나옵니다: 필요하면 두 언어로 적어 주세요(occasion)`,
  fixPublished: '페이지에서 게시일을 찾지 못했습니다: 항목에 `published: YYYY-MM-DD`를 적거나 다른 언어판과 짝지어(--pair) 가져오세요',
  fixPublisher: '페이지에 발행처가 없습니다: 발행처를 두 언어로 적어 주세요',
  fixMeetings: '회담을 특정하지 못했습니다(회담 기록의 문제를 보세요)',
  fixMeetingDate: '본문에서 회담 날짜를 찾지 못했습니다: 날짜를 적거나 다른 언어판과 짝지어(--pair) 가져오세요',
  fixLevel: '제목으로는 회담 급(summit, minister, vice-minister, senior-official, working)을 알 수 없습니다: 적어 주세요',
  fixParticipants: '첫 문단에 인물 목록의 참석자가 없습니다: 인물(content/people/)을 추가하거나, --add-people로 다시 가져와 페이지에서 기록을 시작하세요',
  fixCounterparts: '상대국을 찾지 못했습니다: 적어 주세요(counterparts: [us])',

  exists: (paths) => `${paths} 파일이 이미 있습니다: 바꾸려면 --force를 붙이세요`,
  cannotWrite: (why) => `쓰지 못했습니다: ${why}`,
  internal: (why) => `이 페이지에서 가져오기 도구가 실패했습니다(${why}): 파일과 함께 알려 주세요`,

  usage: `사용법: npm run import -- <파일 또는 폴더>... [옵션]
  --dry-run       아무것도 쓰지 않고 가져올 내용을 보고합니다
  --json          입력마다 JSON 객체 하나(배열)를 표준 출력에 씁니다
  --force         이미 있는 파일을 바꿉니다
  --pair          다른 언어 문서와 짝이 맞는 페이지를 그 문서의 다른 언어판으로 가져옵니다
  --add-people    인물 목록에 없는 참석자를 미완성(incomplete) 기록으로 씁니다
  --title 제목    제목이 없는 페이지의 제목(파일 하나만)
  --keep-capture  저장한 페이지를 content/captures/에 보관하고 SHA-256과 저장일을 문서에 적습니다
  --report 경로   보고서를 씁니다(경로.json, 경로.csv); 폴더를 가져오면 ./import-report.json과 .csv를 씁니다
  --content 폴더  콘텐츠 폴더(기본값: ARCHIVE_CONTENT_DIR 또는 ./content)
  --lang ko|en    메시지 언어(기본값: 시스템 언어)`,
  noInput: '저장한 페이지나 폴더를 하나 이상 주세요',
  noSuchInput: (path) => `${path}: 그런 파일이나 폴더가 없습니다`,
  notContentFolder: (dir) => `${dir}: 아카이브 콘텐츠 폴더가 아닙니다(인물·국가 목록 없음): --content 폴더를 주세요`,
  cannotRead: (code) => `읽을 수 없습니다(${code}): 그 자리에 있는지, 읽을 권한이 있는지 확인하거나(chmod -R u+rX) 빼고 가져오세요`,
  folderLoop: '이미 읽은 폴더로 되돌아가는 링크입니다: 그 폴더의 페이지는 거기서 한 번만 가져옵니다',
  tripOf: (traveller, dates, others) =>
    `이 회담은 ${traveller}의 순방(${dates})에 ${others}와(과) 함께 속합니다: 한 번의 여정이 맞으면 회담 기록에 related: [${others}]를 더하세요`,
  progress: (done, total, imported, skipped, failed) => `${done}/${total} ${imported}, 건너뜀 ${skipped}, 실패 ${failed}`,
  imported: (n) => `가져옴 ${n}`,
  parsed: (n) => `분석 ${n}`,
  summary: (pages, seconds, done, skipped, failed) => `페이지 ${pages}개, ${seconds}초: ${done}, 건너뜀 ${skipped}, 실패 ${failed}`,
  dryRun: '(시험 실행, 쓴 파일 없음)',
};

export const IMPORT_MESSAGES: Record<Lang, ImportMessages> = { ko, en };

/** The language of messages: --lang, else the system locale (LC_ALL, LC_MESSAGES, LANG), else English. */
export function messageLang(flag: string | undefined, env: Record<string, string | undefined> = process.env): Lang {
  const wanted = flag || env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ko\b|^ko[_-]/i.test(wanted) ? 'ko' : 'en';
}
