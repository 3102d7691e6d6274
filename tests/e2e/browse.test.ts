import { describe, expect, it } from 'vitest';
import { servedSite } from './support/browser.ts';

const site = servedSite();

describe('reading both versions side by side (나란히 읽기)', () => {
  it.each([
    ['ko', '한국어판과 영어판 나란히 읽기'],
    ['en', 'Read the Korean and English versions side by side'],
  ] as const)(
    'is one page for both languages, linked from the %s article, each column and its notes in its own language, without JavaScript',
    async (lang, link) => {
      const page = await site.browser.newPage({ javaScriptEnabled: false });
      await page.goto(`${site.server.url}${lang}/documents/2024-06-01-mofa-kr-us-vice-ministers/`);
      await page.getByRole('link', { name: link, exact: true }).click();
      await page.waitForURL(/\/documents\/2024-06-01-mofa-kr-us-vice-ministers\/parallel\/$/);
      expect(await page.locator('h1').textContent()).toContain('나란히 읽기 · Side by side');
      expect(await page.locator('h1 [lang="en"]').textContent()).toBe('Side by side');
      expect(await page.getAttribute('html', 'lang')).toBe('ko');
      const rows = page.locator('tbody tr');
      expect(await rows.count()).toBe(9);
      expect(
        await rows
          .nth(0)
          .locator('td')
          .evaluateAll((tds) => tds.map((td) => td.getAttribute('lang'))),
      ).toEqual(['ko', 'en']);
      expect(await rows.nth(0).locator('td[lang="en"]').textContent()).toContain('1. During his visit to the United States');
      const last = rows.nth(8);
      expect(await last.getAttribute('data-row')).toBe('only-left');
      expect(await last.locator('td[lang="ko"] .pair-note').textContent()).toBe('영어판에 없는 문단');
      expect(await last.locator('td[lang="en"] .pair-note').textContent()).toBe('Not in the English version');
      expect(await last.locator('td[lang="en"] .pair-missing').textContent()).toBe('(no corresponding paragraph)');
      expect(await last.locator('td[lang="ko"]').textContent()).toContain('붙임 : 사진 추후 게재 예정.');
      // Both articles are a link away, each in its language.
      for (const l of ['ko', 'en']) expect(await page.locator(`main a[hreflang="${l}"][lang="${l}"]`).count()).toBe(1);
      expect(await page.locator('script').count()).toBe(0);
      await page.close();
    },
  );

  it('stacks the columns on a narrow screen, each cell saying its language', async () => {
    const page = await site.browser.newPage({ viewport: { width: 400, height: 900 } });
    await page.goto(`${site.server.url}documents/2024-11-15-inside-story-lima-foreign-ministers/parallel/`);
    const [ko, en] = await page.locator('tbody tr').first().locator('td').all();
    const a = await ko!.boundingBox();
    const b = await en!.boundingBox();
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
    expect(await en!.locator('.cell-label').isVisible()).toBe(true);
    expect(await en!.locator('.cell-label').textContent()).toBe('English');
    expect(await ko!.locator('.cell-label').textContent()).toBe('한국어');
    await page.close();
  });
});

describe('browsing by person, country, topic and year, without JavaScript (인물·상대국·주제·연도)', () => {
  it.each([
    ['ko', '인물', '로마자 이름순 (성 기준)', '참석한 회담 (3)'],
    ['en', 'People', 'By Latin-script name (family name first)', 'Meetings (3)'],
  ] as const)('%s: from the header to the people list, its other order, and a person with every meeting', async (lang, nav, latin, meetings) => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.server.url}${lang}/`);
    await page.getByRole('navigation').first().getByRole('link', { name: nav, exact: true }).click();
    await page.waitForURL(new RegExp(`/${lang}/people/$`));
    expect(await page.locator('[data-people] li').first().getAttribute('data-person')).toBe('kang-kyung-wha');
    await page.getByRole('link', { name: latin }).click();
    await page.waitForURL(new RegExp(`/${lang}/people/latin/$`));
    expect(await page.locator('[data-people] li').first().getAttribute('data-person')).toBe('antony-blinken');
    await page.locator('[data-person="kim-hong-kyun"] a').click();
    expect(await page.locator('h1').textContent()).toContain(lang === 'ko' ? '김홍균' : 'Kim Hong-kyun');
    expect(await page.locator('#meetings-heading').textContent()).toBe(meetings);
    expect(await page.locator('[data-meeting]').evaluateAll((els) => els.map((e) => e.getAttribute('data-meeting')))).toEqual([
      '2024-05-31-kr-us-vice-ministers',
      '2024-05-30-kr-us-csis-roundtable',
      '2024-05-29-kr-us-kim-finer',
    ]);
    await page.close();
  });

  it('a country page counts meetings by level and format, and lists them by year', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.server.url}ko/countries/`);
    await page.locator('[data-country="us"] a').click();
    expect(await page.locator('h1').textContent()).toBe('미국');
    expect(await page.locator('[data-counts="by-level"] [data-key="vice-minister"] td').textContent()).toBe('3');
    expect(await page.locator('[data-counts="by-format"] [data-key="telephone"] td').textContent()).toBe('1');
    expect(await page.locator('.year-group h2').allTextContents()).toEqual(['2024년', '2018년']);
    await page.locator('.year-group h2 a').last().click();
    await page.waitForURL(/\/ko\/2018\/$/);
    expect(await page.locator('[data-meeting]').count()).toBe(1);
    expect(await page.locator('[data-document] a').getAttribute('lang')).toBe('ko');
    await page.close();
  });

  it('a topic page lists documents in their own language on the English page', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.server.url}en/topics/`);
    await page.locator('[data-topic="denuclearization"] a').click();
    expect(await page.locator('h1').textContent()).toBe((await page.title()).split(' · ')[0]!);
    const doc = page.locator('[data-document="2018-06-29-ecounion-kr-us-foreign-ministers-call"] a');
    expect(await doc.getAttribute('lang')).toBe('ko');
    expect(await doc.textContent()).toBe('한미 외교장관 전화통화…비핵화 전략 조율');
    await page.close();
  });
});

describe('the timeline on the home page (연도별 회담)', () => {
  it.each([
    ['ko', '연도별 회담', '미국'],
    ['en', 'Meetings by year', 'United States'],
  ] as const)('%s: an SVG with a title and description, a legend, and the same numbers as a table', async (lang, title, us) => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.server.url}${lang}/`);
    const svg = page.locator('[data-timeline] svg');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.locator('title').first().textContent()).toBe(title);
    expect(await svg.locator('desc').textContent()).toMatch(/2018.*2024/);
    expect(await page.locator('.timeline-legend li').allTextContents()).toEqual(lang === 'ko' ? ['미국', '일본'] : ['United States', 'Japan']);
    const bars = await svg.locator('g[data-year="2024"] rect').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('data-count'))));
    expect(bars).toEqual([4, 1]);
    await page.locator('[data-timeline] summary').click();
    const row = page.locator('.timeline-table tr[data-year="2024"]');
    expect(await row.locator('td').allTextContents()).toEqual(['4', '1', '5']);
    expect(await page.locator('.timeline-table thead th').nth(1).textContent()).toBe(us);
    await page.close();
  });
});

describe('filtering the meeting index (회담 거르기)', () => {
  it('works without JavaScript: each filter is a pre-rendered page with its own URL', async () => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.server.url}en/meetings/`);
    await page.locator('a[data-filter-dim="format"][data-filter-value="telephone"]').click();
    await page.waitForURL(/\/en\/meetings\/format\/telephone\/$/);
    expect(await page.locator('h1').textContent()).toBe('Meetings: Telephone');
    expect(await page.locator('[data-meeting]').evaluateAll((els) => els.map((e) => e.getAttribute('data-meeting')))).toEqual([
      '2018-06-29-kr-us-foreign-ministers-call',
    ]);
    expect(await page.locator('a[data-filter-value="telephone"]').getAttribute('aria-current')).toBe('page');
    await page.close();
  });

  it('combines filters in place with JavaScript, keeps them in the URL, and Back undoes them', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}ko/meetings/`);
    await page.locator('a[data-filter-dim="country"][data-filter-value="us"]').click();
    await page.waitForURL(/\/ko\/meetings\/\?country=us$/);
    const visible = () => page.locator('.meeting-row:not([hidden])').evaluateAll((els) => els.map((e) => e.getAttribute('data-meeting')));
    expect(await visible()).toHaveLength(5);
    await page.locator('a[data-filter-dim="level"][data-filter-value="minister"]').click();
    await page.waitForURL(/\?country=us&level=minister$/);
    expect(await visible()).toEqual(['2024-11-14-kr-us-foreign-ministers', '2018-06-29-kr-us-foreign-ministers-call']);
    expect(await page.locator('[data-filter-status]').textContent()).toBe('회담 6건 중 2건을 보여 줍니다.');
    expect(await page.locator('a[data-filter-value="minister"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.year-group:not([hidden]) h2').allTextContents()).toEqual(['2024년', '2018년']);
    await page.goBack();
    await page.waitForURL(/\?country=us$/);
    expect(await visible()).toHaveLength(5);
    // A shared URL opens filtered.
    await page.goto(`${site.server.url}ko/meetings/?format=telephone`);
    expect(await visible()).toEqual(['2018-06-29-kr-us-foreign-ministers-call']);
    await page.close();
  });
});

describe('trips and visits (순방 · 방한)', () => {
  it.each([
    ['ko', '순방', '김홍균', '방한 목록'],
    ['en', 'Trip', 'Kim Hong-kyun', 'Visits to Korea'],
  ] as const)(
    'a %s meeting page names its trip, which opens on that trip among the year’s trips, without JavaScript',
    async (lang, label, traveller, visits) => {
      const page = await site.browser.newPage({ javaScriptEnabled: false });
      await page.goto(`${site.server.url}${lang}/meetings/2024-05-30-kr-us-csis-roundtable/`);
      expect(await page.locator('dt', { hasText: new RegExp(`^${label}$`) }).count()).toBe(1);
      await page.locator('a[data-journey="trip"]').click();
      await page.waitForURL(new RegExp(`/${lang}/trips/#trip-2024-05-29-kim-hong-kyun$`));
      const trip = page.locator(':target');
      expect(await trip.getAttribute('data-trip')).toBe('2024-05-29-kim-hong-kyun');
      expect(await trip.locator('h3').textContent()).toContain(traveller);
      // The trip's three meetings in Washington, in order, each a link to its page.
      expect(await trip.locator('ol.journey-stops > li').count()).toBe(1);
      expect(await trip.locator('ol.journey-stops a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
        `/${lang}/meetings/2024-05-29-kr-us-kim-finer/`,
        `/${lang}/meetings/2024-05-30-kr-us-csis-roundtable/`,
        `/${lang}/meetings/2024-05-31-kr-us-vice-ministers/`,
      ]);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      // The visits page is one link away, and the meeting index links to both.
      await page.getByRole('link', { name: visits, exact: true }).click();
      await page.waitForURL(new RegExp(`/${lang}/visits/$`));
      await page.goto(`${site.server.url}${lang}/meetings/`);
      expect(await page.locator(`a[href="/${lang}/trips/"]`).count()).toBeGreaterThan(0);
      expect(await page.locator(`a[href="/${lang}/visits/"]`).count()).toBeGreaterThan(0);
      await page.close();
    },
  );
});

describe('offices and their holders (직위와 재임자)', () => {
  it.each([
    ['ko', '미국 국무장관', '직위와 재임자', ['마이크 폼페이오', '안토니 블링컨'], '2018년 4월 – 2021년 1월', ['kr', 'us', 'jp']],
    ['en', 'Secretary of State', 'Offices and holders', ['Mike Pompeo', 'Antony Blinken'], 'Apr 2018 – Jan 2021', ['kr', 'jp', 'us']],
  ] as const)(
    '%s: a role on a person’s page opens its office, its holders in order with their meetings in office, without JavaScript',
    async (lang, office, list, holders, term, countries) => {
      const page = await site.browser.newPage({ javaScriptEnabled: false });
      await page.goto(`${site.server.url}${lang}/people/antony-blinken/`);
      await page.locator('a[data-role-office]', { hasText: office }).click();
      await page.waitForURL(new RegExp(`/${lang}/offices/us-secretary-of-state/$`));
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(await page.locator('h1').textContent()).toBe(office);
      const rows = page.locator('[data-holders] > li');
      expect(await rows.locator('h3 a').allTextContents()).toEqual(holders);
      expect(await rows.first().locator('h3').textContent()).toContain(term);
      // Pompeo's meeting in office is the 2018 call; each holder's meetings are theirs in office only.
      expect(
        await rows
          .first()
          .locator('[data-meeting]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-meeting'))),
      ).toEqual(['2018-06-29-kr-us-foreign-ministers-call']);
      expect(
        await rows
          .nth(1)
          .locator('[data-meeting]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-meeting'))),
      ).toEqual(['2024-11-14-kr-us-foreign-ministers']);
      // The list of offices by country, one link away; the country page lists its offices too.
      await page.getByRole('link', { name: list, exact: true }).first().click();
      await page.waitForURL(new RegExp(`/${lang}/offices/$`));
      // Korea first, then the countries in the page's language's order.
      expect(await page.locator('[data-offices-of]').evaluateAll((els) => els.map((e) => e.getAttribute('data-offices-of')))).toEqual(countries);
      await page.goto(`${site.server.url}${lang}/countries/us/`);
      expect(await page.locator(`[data-country-offices] a[href="/${lang}/offices/us-secretary-of-state/"]`).count()).toBe(1);
      await page.close();
    },
  );
});

describe('maps of meeting places (회담 장소 지도)', () => {
  it.each([
    ['ko', '지도: 대면 회담이 열린 나라 (상대국 미국)', ['미국', '페루']],
    ['en', 'Map: Where in-person meetings with United States took place', ['United States', 'Peru']],
  ] as const)('a %s country page draws where its meetings took place, named, described and in a table', async (lang, title, countries) => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.server.url}${lang}/countries/us/`);
    const map = page.getByRole('img', { name: title });
    expect(await map.count()).toBe(1);
    expect(await map.locator('desc').textContent()).toMatch(lang === 'ko' ? /대면 회담 4건이 열린 2개 나라/ : /The 2 countries where 4 in-person meetings/);
    expect(await map.locator('path.map-country').evaluateAll((els) => els.map((el) => el.getAttribute('data-country')))).toEqual(['us', 'pe']);
    expect(await page.locator('[data-map-table] tbody th').allTextContents()).toEqual(countries);
    expect(await page.locator('[data-map-table] tbody td').allTextContents()).toEqual(['3', '1']);
    // The land is the site's own file, loaded like any image (nothing from another origin).
    const land = await page.request.get(`${site.server.url}map/land.svg`);
    expect(land.status()).toBe(200);
    expect(land.headers()['content-type']).toContain('image/svg+xml');
    await page.close();
  });
});

describe('feeds to follow one relationship (관계별 피드)', () => {
  it.each([
    ['ko', 'people/kim-hong-kyun', '김홍균 관련 새 문서 RSS 피드'],
    ['en', 'countries/us', 'RSS feed of new documents on United States'],
    ['en', 'topics/north-korea', 'RSS feed of new documents on North Korea'],
  ] as const)('the %s page %s announces its own feed in its head and its text, and the feed holds its documents', async (lang, path, name) => {
    const page = await site.browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.server.url}${lang}/${path}/`);
    const feed = `/${lang}/${path}/feed.xml`;
    expect(await page.locator(`head link[rel="alternate"][type="application/rss+xml"][title="${name}"]`).getAttribute('href')).toMatch(new RegExp(`${feed}$`));
    expect(await page.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(feed);
    const xml = await (await page.request.get(site.server.url + feed.slice(1))).text();
    const items = (await page.evaluate(
      `[...new DOMParser().parseFromString(${JSON.stringify(xml)}, 'application/xml').querySelectorAll('item > link')].map((l) => l.textContent)`,
    )) as string[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((link) => link.includes(`/${lang}/documents/`))).toBe(true);
    await page.close();
  });
});
