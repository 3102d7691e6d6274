/**
 * Cities where the ministry's meetings take place, in both languages with their country, so that a release's
 * `미국 워싱턴에서`, `in Berlin, Germany` or `in Ankara` gives the meeting a place. Capitals of frequent
 * counterparts and the venues of the regular conferences; any other city is written as printed, with a warning.
 */
export interface City {
  ko: string;
  en: string;
  country: string;
}

export const CITIES: City[] = [
  ['서울', 'Seoul', 'kr'],
  ['부산', 'Busan', 'kr'],
  ['제주', 'Jeju', 'kr'],
  ['인천', 'Incheon', 'kr'],
  ['경주', 'Gyeongju', 'kr'],
  ['워싱턴', 'Washington', 'us'],
  ['뉴욕', 'New York', 'us'],
  ['샌프란시스코', 'San Francisco', 'us'],
  ['호놀룰루', 'Honolulu', 'us'],
  ['로스앤젤레스', 'Los Angeles', 'us'],
  ['도쿄', 'Tokyo', 'jp'],
  ['오사카', 'Osaka', 'jp'],
  ['나고야', 'Nagoya', 'jp'],
  ['히로시마', 'Hiroshima', 'jp'],
  ['베이징', 'Beijing', 'cn'],
  ['상하이', 'Shanghai', 'cn'],
  ['청두', 'Chengdu', 'cn'],
  ['톈진', 'Tianjin', 'cn'],
  ['모스크바', 'Moscow', 'ru'],
  ['블라디보스토크', 'Vladivostok', 'ru'],
  ['런던', 'London', 'gb'],
  ['파리', 'Paris', 'fr'],
  ['베를린', 'Berlin', 'de'],
  ['뮌헨', 'Munich', 'de'],
  ['브뤼셀', 'Brussels', 'be'],
  ['제네바', 'Geneva', 'ch'],
  ['로마', 'Rome', 'it'],
  ['마드리드', 'Madrid', 'es'],
  ['바르샤바', 'Warsaw', 'pl'],
  ['키이우', 'Kyiv', 'ua'],
  ['빈', 'Vienna', 'at'],
  ['프라하', 'Prague', 'cz'],
  ['부다페스트', 'Budapest', 'hu'],
  ['코펜하겐', 'Copenhagen', 'dk'],
  ['스톡홀름', 'Stockholm', 'se'],
  ['오슬로', 'Oslo', 'no'],
  ['헬싱키', 'Helsinki', 'fi'],
  ['헤이그', 'The Hague', 'nl'],
  ['암스테르담', 'Amsterdam', 'nl'],
  ['앙카라', 'Ankara', 'tr'],
  ['이스탄불', 'Istanbul', 'tr'],
  ['리야드', 'Riyadh', 'sa'],
  ['아부다비', 'Abu Dhabi', 'ae'],
  ['두바이', 'Dubai', 'ae'],
  ['카이로', 'Cairo', 'eg'],
  ['나이로비', 'Nairobi', 'ke'],
  ['아디스아바바', 'Addis Ababa', 'et'],
  ['뉴델리', 'New Delhi', 'in'],
  ['자카르타', 'Jakarta', 'id'],
  ['발리', 'Bali', 'id'],
  ['하노이', 'Hanoi', 'vn'],
  ['방콕', 'Bangkok', 'th'],
  ['마닐라', 'Manila', 'ph'],
  ['싱가포르', 'Singapore', 'sg'],
  ['쿠알라룸푸르', 'Kuala Lumpur', 'my'],
  ['비엔티안', 'Vientiane', 'la'],
  ['프놈펜', 'Phnom Penh', 'kh'],
  ['울란바토르', 'Ulaanbaatar', 'mn'],
  ['아스타나', 'Astana', 'kz'],
  ['타슈켄트', 'Tashkent', 'uz'],
  ['캔버라', 'Canberra', 'au'],
  ['시드니', 'Sydney', 'au'],
  ['오타와', 'Ottawa', 'ca'],
  ['멕시코시티', 'Mexico City', 'mx'],
  ['브라질리아', 'Brasilia', 'br'],
  ['리우데자네이루', 'Rio de Janeiro', 'br'],
  ['리마', 'Lima', 'pe'],
  ['부에노스아이레스', 'Buenos Aires', 'ar'],
  ['산티아고', 'Santiago', 'cl'],
  ['보고타', 'Bogotá', 'co'],
  ['산호세', 'San José', 'cr'],
].map(([ko, en, country]) => ({ ko: ko!, en: en!, country: country! }));

const byName = new Map(
  CITIES.flatMap(
    (c) =>
      [
        [c.ko, c],
        [c.en, c],
      ] as const,
  ),
);

/** A city of the table by either name. */
export const cityNamed = (name: string): City | undefined => byName.get(name);
