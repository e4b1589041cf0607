import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { cellValue, toCsv, unescapeFormula, type CsvColumn } from '../../../lib/export/csv-write';

interface Row {
  text: string;
  n: number | null;
}
const columns: CsvColumn<Row>[] = [
  { header: 'text', description: 'text', value: (r) => r.text },
  { header: 'n', description: 'number', value: (r) => r.n },
];

/** What a spreadsheet would read back: the CSV parsed, without the BOM. */
const cells = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data;

describe('toCsv: formula neutralisation', () => {
  test.each([
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
    ['=1+1', "'=1+1"],
    ['+cmd|" /C calc"!A0', `'+cmd|" /C calc"!A0`],
    ['-2+3', "'-2+3"],
    ['-5', "'-5"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\tplain', "'\tplain"],
    ['\r=1+1', "'\n=1+1"],
    ['  =1+1', "'  =1+1"],
    ['＝1+1', "'＝1+1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ["'=1+1", "''=1+1"],
    ['\u202E=1+1', "'=1+1"],
    ['\u0000=1+1', "'=1+1"],
    ['Jane = great', 'Jane = great'],
    ['a-b', 'a-b'],
    ["'tis", "'tis"],
    ['Zoë 🎨', 'Zoë 🎨'],
    ['', ''],
  ])('text %j is written as %j', (text, written) => {
    const csv = toCsv(columns, [{ text, n: 1 }]);
    expect(cells(csv)[1]?.[0]).toBe(written);
  });

  test.each([
    [-5, '-5'],
    [0, '0'],
    [0.034, '0.034'],
    [1234567, '1234567'],
    [null, ''],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ])('number %s is written as %j (numbers are numbers, never quoted)', (n, written) => {
    const csv = toCsv(columns, [{ text: 'x', n }], { bom: false });
    expect(csv.split('\r\n')[1]).toBe(`x,${written}`);
  });

  test('headers are neutralised too', () => {
    const csv = toCsv([{ header: '=evil', description: '', value: () => 1 }], [{}], { bom: false });
    expect(csv).toBe(`"'=evil"\r\n1`);
  });
});

describe('toCsv: format', () => {
  test('RFC 4180 quoting, CRLF rows, UTF-8 BOM by default', () => {
    const csv = toCsv(columns, [
      { text: 'a, "quoted"\nsecond line', n: 1 },
      { text: 'plain', n: 2 },
    ]);
    expect(csv).toBe('\uFEFFtext,n\r\n"a, ""quoted""\nsecond line",1\r\nplain,2');
  });

  test('bidi overrides and control characters are removed from text cells', () => {
    const csv = toCsv(columns, [{ text: 'evil\u202Efdp.exe\u2066x\u0007', n: 1 }], { bom: false });
    expect(csv).toBe('text,n\r\nevilfdp.exex,1');
  });

  test('lists are joined, dates are ISO, long text is capped', () => {
    expect(cellValue(['a', 'b'])).toBe('a; b');
    expect(cellValue(new Date('2026-05-20T12:00:00Z'))).toBe('2026-05-20T12:00:00.000Z');
    expect(cellValue(new Date('nope'))).toBe('');
    expect(Array.from(cellValue('x'.repeat(20_000)) as string)).toHaveLength(10_000);
  });
});

describe('unescapeFormula', () => {
  test.each([
    ["'=1+1", '=1+1'],
    ["''=1+1", "'=1+1"],
    ["'-5", '-5'],
    ["'\t=1", '\t=1'],
    ["'tis", "'tis"],
    ["'", "'"],
    ['plain', 'plain'],
  ])('%j → %j', (cell, value) => {
    expect(unescapeFormula(cell)).toBe(value);
  });
});
