/** Real countries and name parts the synthetic archive builds its registries from. */

export interface CountrySeed {
  id: string;
  name: [ko: string, en: string];
  short: [ko: string, en: string];
  capital: [ko: string, en: string];
}

export const HOME: CountrySeed = { id: 'kr', name: ['대한민국', 'Republic of Korea'], short: ['한', 'ROK'], capital: ['서울', 'Seoul'] };

/** Counterparts, most frequent first (the generator draws them with a Zipf-like weight). */
export const COUNTERPARTS: CountrySeed[] = [
  { id: 'us', name: ['미국', 'United States'], short: ['미', 'U.S.'], capital: ['워싱턴 D.C.', 'Washington, D.C.'] },
  { id: 'jp', name: ['일본', 'Japan'], short: ['일', 'Japan'], capital: ['도쿄', 'Tokyo'] },
  { id: 'cn', name: ['중국', 'China'], short: ['중', 'China'], capital: ['베이징', 'Beijing'] },
  { id: 'ru', name: ['러시아', 'Russia'], short: ['러', 'Russia'], capital: ['모스크바', 'Moscow'] },
  { id: 'gb', name: ['영국', 'United Kingdom'], short: ['영', 'UK'], capital: ['런던', 'London'] },
  { id: 'fr', name: ['프랑스', 'France'], short: ['프', 'France'], capital: ['파리', 'Paris'] },
  { id: 'de', name: ['독일', 'Germany'], short: ['독', 'Germany'], capital: ['베를린', 'Berlin'] },
  { id: 'au', name: ['호주', 'Australia'], short: ['호', 'Australia'], capital: ['캔버라', 'Canberra'] },
  { id: 'ca', name: ['캐나다', 'Canada'], short: ['캐', 'Canada'], capital: ['오타와', 'Ottawa'] },
  { id: 'in', name: ['인도', 'India'], short: ['인', 'India'], capital: ['뉴델리', 'New Delhi'] },
  { id: 'id', name: ['인도네시아', 'Indonesia'], short: ['인니', 'Indonesia'], capital: ['자카르타', 'Jakarta'] },
  { id: 'vn', name: ['베트남', 'Viet Nam'], short: ['베', 'Viet Nam'], capital: ['하노이', 'Hanoi'] },
  { id: 'it', name: ['이탈리아', 'Italy'], short: ['이', 'Italy'], capital: ['로마', 'Rome'] },
  { id: 'th', name: ['태국', 'Thailand'], short: ['태', 'Thailand'], capital: ['방콕', 'Bangkok'] },
  { id: 'ph', name: ['필리핀', 'Philippines'], short: ['필', 'Philippines'], capital: ['마닐라', 'Manila'] },
  { id: 'sg', name: ['싱가포르', 'Singapore'], short: ['싱', 'Singapore'], capital: ['싱가포르', 'Singapore'] },
  { id: 'my', name: ['말레이시아', 'Malaysia'], short: ['말', 'Malaysia'], capital: ['쿠알라룸푸르', 'Kuala Lumpur'] },
  { id: 'mn', name: ['몽골', 'Mongolia'], short: ['몽', 'Mongolia'], capital: ['울란바토르', 'Ulaanbaatar'] },
  { id: 'tr', name: ['튀르키예', 'Türkiye'], short: ['튀', 'Türkiye'], capital: ['앙카라', 'Ankara'] },
  { id: 'sa', name: ['사우디아라비아', 'Saudi Arabia'], short: ['사우디', 'Saudi Arabia'], capital: ['리야드', 'Riyadh'] },
  { id: 'eg', name: ['이집트', 'Egypt'], short: ['이집트', 'Egypt'], capital: ['카이로', 'Cairo'] },
  { id: 'br', name: ['브라질', 'Brazil'], short: ['브', 'Brazil'], capital: ['브라질리아', 'Brasília'] },
  { id: 'mx', name: ['멕시코', 'Mexico'], short: ['멕', 'Mexico'], capital: ['멕시코시티', 'Mexico City'] },
  { id: 'pl', name: ['폴란드', 'Poland'], short: ['폴', 'Poland'], capital: ['바르샤바', 'Warsaw'] },
  { id: 'ua', name: ['우크라이나', 'Ukraine'], short: ['우', 'Ukraine'], capital: ['키이우', 'Kyiv'] },
  { id: 'za', name: ['남아프리카공화국', 'South Africa'], short: ['남아공', 'South Africa'], capital: ['프리토리아', 'Pretoria'] },
];

export const KOREAN_FAMILY: [ko: string, en: string][] = [
  ['김', 'Kim'], ['이', 'Lee'], ['박', 'Park'], ['최', 'Choi'], ['정', 'Jung'], ['강', 'Kang'], ['조', 'Cho'], ['윤', 'Yoon'],
  ['장', 'Jang'], ['임', 'Lim'], ['한', 'Han'], ['오', 'Oh'], ['서', 'Seo'], ['신', 'Shin'], ['권', 'Kwon'], ['황', 'Hwang'],
  ['안', 'Ahn'], ['송', 'Song'], ['류', 'Ryu'], ['홍', 'Hong'],
];

export const KOREAN_GIVEN: [ko: string, en: string][] = [
  ['민', 'min'], ['준', 'jun'], ['서', 'seo'], ['연', 'yeon'], ['지', 'ji'], ['현', 'hyun'], ['우', 'woo'], ['수', 'su'],
  ['영', 'young'], ['진', 'jin'], ['호', 'ho'], ['은', 'eun'], ['희', 'hee'], ['태', 'tae'], ['열', 'yeol'], ['석', 'seok'],
  ['혁', 'hyuk'], ['경', 'kyung'], ['화', 'hwa'], ['규', 'kyu'], ['동', 'dong'], ['성', 'sung'], ['재', 'jae'], ['원', 'won'],
  ['상', 'sang'], ['철', 'chul'], ['훈', 'hoon'], ['용', 'yong'], ['일', 'il'], ['남', 'nam'],
];

export const FOREIGN_GIVEN: [ko: string, en: string][] = [
  ['존', 'John'], ['마리아', 'Maria'], ['데이비드', 'David'], ['안나', 'Anna'], ['피터', 'Peter'], ['로라', 'Laura'],
  ['마이클', 'Michael'], ['소피', 'Sophie'], ['토마스', 'Thomas'], ['엘레나', 'Elena'], ['제임스', 'James'], ['나디아', 'Nadia'],
  ['카를로스', 'Carlos'], ['잉그리드', 'Ingrid'], ['아메드', 'Ahmed'], ['유키', 'Yuki'], ['히로', 'Hiro'], ['웨이', 'Wei'],
  ['올가', 'Olga'], ['마르코', 'Marco'], ['사라', 'Sarah'], ['폴', 'Paul'], ['이반', 'Ivan'], ['리나', 'Lina'],
];

/** Latin syllables with a Hangul transliteration, for foreign family names and their Korean spellings. */
export const FOREIGN_PIECES: [ko: string, en: string][] = [
  ['카', 'ka'], ['로', 'ro'], ['미', 'mi'], ['텐', 'ten'], ['버', 'ber'], ['슨', 'son'], ['린', 'lin'], ['다', 'da'],
  ['비스', 'vis'], ['모', 'mor'], ['건', 'gan'], ['리', 'ri'], ['토', 'to'], ['레', 'le'], ['나', 'na'], ['사', 'sa'],
  ['코', 'ko'], ['퍼', 'fer'], ['마', 'ma'], ['델', 'del'], ['브', 'b'], ['스', 's'], ['하', 'ha'], ['노', 'no'],
];

export const OCCASIONS: [ko: string, en: string][] = [
  ['아세안(ASEAN) 관련 외교장관회의', 'ASEAN-related Foreign Ministers’ Meetings'],
  ['주요 20개국(G20) 외교장관회의', 'G20 Foreign Ministers’ Meeting'],
  ['아시아태평양경제협력체(APEC) 각료회의', 'APEC Ministerial Meeting'],
  ['유엔 총회', 'UN General Assembly'],
  ['뮌헨안보회의', 'Munich Security Conference'],
  ['북대서양조약기구(NATO) 정상회의', 'NATO Summit'],
];

export const TOPICS: [id: string, ko: string, en: string][] = [
  ['alliance', '동맹', 'Alliance'], ['north-korea', '북한 문제', 'North Korea'], ['denuclearization', '비핵화', 'Denuclearization'],
  ['trade', '통상', 'Trade'], ['supply-chains', '공급망', 'Supply chains'], ['energy', '에너지', 'Energy'],
  ['climate', '기후변화', 'Climate change'], ['health', '보건', 'Health'], ['culture', '문화 교류', 'Cultural exchange'],
  ['consular', '영사 협력', 'Consular cooperation'], ['development', '개발협력', 'Development cooperation'],
  ['security', '안보', 'Security'], ['cyber', '사이버', 'Cyber'], ['space', '우주', 'Space'], ['maritime', '해양', 'Maritime affairs'],
  ['nuclear-energy', '원자력', 'Nuclear energy'], ['semiconductors', '반도체', 'Semiconductors'], ['investment', '투자', 'Investment'],
  ['infrastructure', '인프라', 'Infrastructure'], ['education', '교육', 'Education'], ['human-rights', '인권', 'Human rights'],
  ['peacekeeping', '평화유지', 'Peacekeeping'], ['migration', '이주', 'Migration'], ['arctic', '북극', 'Arctic'],
  ['food-security', '식량안보', 'Food security'], ['regional-affairs', '지역 정세', 'Regional affairs'],
  ['trilateral', '3국 협력', 'Trilateral cooperation'], ['multilateral', '다자 협력', 'Multilateral cooperation'],
  ['economic-security', '경제안보', 'Economic security'], ['technology', '첨단기술', 'Advanced technology'],
];
