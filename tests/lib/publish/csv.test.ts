import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOM, csvField, toCsv } from '../../../src/lib/publish/csv.ts';
import { parseCsv } from '../../support/csv.ts';

describe('CSV fields', () => {
  it('stay bare when nothing in them needs quoting, Hangul included', () => {
    expect(csvField('2024-05-31-kr-us-vice-ministers')).toBe('2024-05-31-kr-us-vice-ministers');
    expect(csvField('한미 외교차관회담(5.31) 결과')).toBe('한미 외교차관회담(5.31) 결과');
    expect(csvField("Vice Foreign Ministers' Meeting")).toBe("Vice Foreign Ministers' Meeting");
    expect(csvField('“이 자료는 외교부의 보도자료를 전재하여 제공함을 알려드립니다.”')).toBe('“이 자료는 외교부의 보도자료를 전재하여 제공함을 알려드립니다.”');
  });
  it('are quoted when they hold a comma, a quote, a CR or an LF, with quotes doubled', () => {
    expect(csvField('Washington, D.C.')).toBe('"Washington, D.C."');
    expect(csvField('the "full text"')).toBe('"the ""full text"""');
    expect(csvField('"')).toBe('""""');
    expect(csvField('first\nsecond')).toBe('"first\nsecond"');
    expect(csvField('first\r\nsecond')).toBe('"first\r\nsecond"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });
  it('write nothing for no value, and numbers as digits', () => {
    expect(csvField(null)).toBe('');
    expect(csvField('')).toBe('');
    expect(csvField(33)).toBe('33');
  });
});

describe('CSV files', () => {
  const file = toCsv(
    ['id', 'title', 'deck'],
    [
      ['a', '한미 외교장관, 러시아의 대북 군사적 지원 가능성 예의주시', 'line one\nline "two"'],
      ['b', null, 7],
    ],
  );

  it('start with a UTF-8 byte order mark, so spreadsheet programs read Hangul as UTF-8', () => {
    expect(file.startsWith(BOM)).toBe(true);
    const bytes = Buffer.from(file, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(Buffer.from('러시아', 'utf8'))).toBe(true);
  });
  it('end every record, the last too, with CRLF, and keep line breaks inside quoted fields', () => {
    expect(file).toBe(`${BOM}id,title,deck\r\na,"한미 외교장관, 러시아의 대북 군사적 지원 가능성 예의주시","line one\nline ""two"""\r\nb,,7\r\n`);
  });
  it('read back to the same cells with an RFC 4180 parser', () => {
    expect(parseCsv(file)).toEqual([
      ['id', 'title', 'deck'],
      ['a', '한미 외교장관, 러시아의 대북 군사적 지원 가능성 예의주시', 'line one\nline "two"'],
      ['b', '', '7'],
    ]);
  });
  it('read back to the same cells whatever the text holds', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '한', ',', '"', '\r', '\n', ' ', ';') });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((n) => fc.array(fc.array(text, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 5 })),
        (table) => {
          const [header, ...rows] = table;
          expect(parseCsv(toCsv(header!, rows))).toEqual(table);
        },
      ),
    );
  });
  it('refuse a row whose length differs from the header’s', () => {
    expect(() => toCsv(['a', 'b'], [['only one']])).toThrow(/record 1 has 1 fields, the header 2/);
  });
});
