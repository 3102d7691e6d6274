import { describe, expect, it } from 'vitest';
import { chromeReason } from '../../src/ingest/chrome.ts';
import { textLines } from '../../src/ingest/lines.ts';
import { blocksToMarkdown } from '../../src/ingest/markdown.ts';
import { blocks, isSentence, languageOf, parsePage } from '../../src/ingest/parse.ts';

const page = (...lines: string[]) => parsePage(textLines(lines.join('\n\n')));

describe('site chrome, in both languages', () => {
  it.each([
    ['본문 바로가기 메인메뉴 바로가기', 'skip link or menu'],
    ['Skip to main content', 'skip link or menu'],
    ['검색창 열기', 'search box'],
    ['조회수 1,234', 'view counter'],
    ['hit 57', 'view counter'],
    ['기사 메일전송', 'share, mail or print widget'],
    ['Print', 'share, mail or print widget'],
    ['많이 본 뉴스더보기', 'related, most-read or latest list'],
    ['Related Articles', 'related, most-read or latest list'],
    ['정책브리핑 게시물 운영원칙에 따라 다음과 같은 게시물은 삭제 또는 계정이 차단 될 수 있습니다.', 'comment rules'],
    ['경남진 © gyeongnamzine.com All rights reserved. powered by modoo.io', 'copyright line'],
    ['Copyright (c) Example News. All rights reserved.', 'copyright line'],
    ['이전 기사 보기 다음 기사 보기', 'previous/next link'],
    ['Next article', 'previous/next link'],
    ['▲ 외교부 페이스북 소식그림 ©', 'photo credit'],
    ['(사진=외교부 제공)', 'photo credit'],
    ['Press Releases', 'section or board name'],
  ])('%s → %s', (line, why) => {
    expect(chromeReason(line)).toBe(why);
  });

  it('leaves the text alone', () => {
    for (const line of [
      '양 차관은 우크라이나, 중동, 남중국해, 대만 등 지역 및 글로벌 주요 현안들에 대해서도 깊이 있는 의견을 교환했다.',
      'Next, the two ministers discussed regional issues.',
      'The Vice Minister and Deputy Secretary also exchanged in-depth views on major regional and global issues.',
      '△ 한미동맹 강화 방안',
    ]) {
      expect(chromeReason(line)).toBeUndefined();
    }
  });
});

describe('the parts of a page', () => {
  it('finds the title under the menus, the byline and the text, and cuts the trailer (Korean news)', () => {
    const p = page(
      '기사 메일전송',
      '[정치]한일 외교장관 화상회담 개최',
      '• 홍길동 기자',
      '• 등록 2021-02-28 10:05:00',
      '[한국일보 홍길동 기자] 정의용 외교부 장관은 28일 오후 화상으로 일본 외무상과 회담을 가졌다.',
      '양 장관은 양국 관계 발전을 위해 긴밀히 소통하기로 했다.',
      '0',
      '많이 본 뉴스',
      '1. 다른 기사 제목입니다',
    );
    const [part] = p.parts;
    expect(part!.title?.text).toBe('한일 외교장관 화상회담 개최');
    expect([part!.section, part!.author, part!.published?.date, part!.published?.time, part!.leadPublisher]).toEqual([
      '정치',
      '홍길동',
      '2021-02-28',
      '10:05',
      '한국일보',
    ]);
    expect(part!.body.map((b) => b.text)).toEqual([
      '[한국일보 홍길동 기자] 정의용 외교부 장관은 28일 오후 화상으로 일본 외무상과 회담을 가졌다.',
      '양 장관은 양국 관계 발전을 위해 긴밀히 소통하기로 했다.',
    ]);
    expect(p.removed.map((r) => r.text)).toEqual(['기사 메일전송', '0', '많이 본 뉴스', '1. 다른 기사 제목입니다']);
  });

  it('ends an official release at its end mark, keeping the words before it, and keeps notices as metadata (English)', () => {
    const p = page(
      'Skip to content',
      'Press Releases',
      'Outcome of ROK-Japan Foreign Ministers’ Meeting',
      '1. Minister met his counterpart on June 14 in Tokyo.',
      '2. They agreed to cooperate closely.  /END/',
      '* Unofficial translation',
      'Previous article',
    );
    const [part] = p.parts;
    expect(part!.title?.text).toBe('Outcome of ROK-Japan Foreign Ministers’ Meeting');
    expect(part!.endMark).toBe('/END/');
    expect(part!.translationNotice).toBe('* Unofficial translation');
    expect(blocksToMarkdown(part!.body)).toBe('1. Minister met his counterpart on June 14 in Tokyo.\n\n2. They agreed to cooperate closely.');
    expect(part!.lang).toBe('en');
  });

  it('splits an original from the machine translation printed after it', () => {
    const p = page(
      '한미 외교장관 통화',
      '조태열 장관은 15일 블링컨 장관과 통화를 하고 한반도 정세를 논의했다.',
      "*아래는 위 기사를 '구글 번역'으로 번역한 영문 기사입니다.",
      'ROK-US Foreign Ministers Call',
      'Minister Cho held a phone call with Secretary Blinken on the 15th and discussed the situation.',
    );
    expect(p.parts.map((x) => [x.lang, x.title?.text, x.body.length, !!x.translationNotice])).toEqual([
      ['ko', '한미 외교장관 통화', 1, false],
      ['en', 'ROK-US Foreign Ministers Call', 1, true],
    ]);
  });

  it('gives nothing for a page of chrome only', () => {
    expect(page('본문 바로가기', '검색', '목록', '인쇄', 'Copyright © 2024. All rights reserved.').parts).toEqual([]);
  });
});

describe('structure of the text', () => {
  it('maps sub-item marks to one list form, nested by the order they appear (ㅇ, -, □, △, ◦, º, °, O)', () => {
    const lines = textLines(
      [
        '□ 한미 외교장관회담 개최',
        'ㅇ 양 장관은 동맹 강화에 합의했다.',
        '- 경제안보 협력',
        '△ 공급망 협력',
        'ㅇ 북한 문제도 논의했다.',
        '◦ 세부 사항',
        'º 하나',
        '° 둘',
        'O 셋',
      ].join('\n'),
    );
    expect(blocksToMarkdown(blocks(lines))).toBe(
      [
        '- 한미 외교장관회담 개최',
        '  - 양 장관은 동맹 강화에 합의했다.',
        '    - 경제안보 협력',
        '    - 공급망 협력',
        '  - 북한 문제도 논의했다.',
        '  - 세부 사항',
        '  - 하나',
        '  - 둘',
        '  - 셋',
      ].join('\n'),
    );
  });

  it('makes a short line standing alone before text a heading, and keeps a run of short lines (a table) as lines', () => {
    const md = blocksToMarkdown(
      blocks(textLines('회담의 주요 내용\n\n양국은 협력을 강화하기로 합의했습니다.\n\n이슈 내용\n안전 보장 공조\n\n이번 회담은 의미가 컸습니다.')),
    );
    expect(md).toBe('## 회담의 주요 내용\n\n양국은 협력을 강화하기로 합의했습니다.\n\n이슈 내용\n\n안전 보장 공조\n\n이번 회담은 의미가 컸습니다.');
  });

  it('tells sentences and languages apart', () => {
    expect(isSentence('양국은 협력을 강화하기로 합의했다.')).toBe(true);
    expect(isSentence('한미 외교장관회담의 주요 내용')).toBe(false);
    expect(languageOf('한미 외교장관 (ROK-U.S.) 회담')).toBe('ko');
    expect(languageOf('ROK-U.S. Foreign Ministers’ Meeting (한미)')).toBe('en');
  });
});
