import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  csvNumber,
  csvOptionalNumber,
  csvOptionalText,
  csvText,
} from '../../../lib/export/csv-fields';
import { guessDelimiter, parseCsv } from '../../../lib/export/csv-read';
import { toCsv } from '../../../lib/export/csv-write';

const Results = z.object({
  handle: csvText({ max: 40 }),
  spend: csvNumber({ min: 0 }),
  revenue: csvNumber({ min: 0 }),
  clicks: csvOptionalNumber({ min: 0 }),
  code: csvOptionalText(),
});

describe('parseCsv: valid files', () => {
  test('parses rows into typed values', () => {
    const csv =
      'handle,spend,revenue,clicks,code\r\njane,500,1200.50,40,JANE15\r\nbob,$300,0,,\r\n';
    expect(parseCsv(csv, Results)).toEqual({
      ok: true,
      header: ['handle', 'spend', 'revenue', 'clicks', 'code'],
      rows: [
        { handle: 'jane', spend: 500, revenue: 1200.5, clicks: 40, code: 'JANE15' },
        { handle: 'bob', spend: 300, revenue: 0, clicks: null, code: null },
      ],
    });
  });

  test('optional columns may be absent; extra columns are ignored by a non-strict schema', () => {
    const result = parseCsv('\uFEFFhandle;spend;revenue;notes\njane;500;900;hi\n', Results);
    expect(result).toMatchObject({
      ok: true,
      rows: [{ handle: 'jane', clicks: null, code: null }],
    });
  });

  test('blank lines are skipped, cells trimmed, tabs as delimiter', () => {
    const result = parseCsv('handle\tspend\trevenue\n\n  jane \t 500 \t 900\n   \n', Results);
    expect(result).toMatchObject({
      ok: true,
      rows: [{ handle: 'jane', spend: 500, revenue: 900 }],
    });
  });

  test('an export re-imports with its hostile text unchanged', () => {
    const hostile = ['=HYPERLINK("http://x","y")', '+cmd', '-2+3', '@SUM(A1)', "'=already"];
    const csv = toCsv(
      [
        { header: 'handle', description: '', value: (r: string) => r },
        { header: 'spend', description: '', value: () => 1 },
        { header: 'revenue', description: '', value: () => -0 },
      ],
      hostile,
    );
    const schema = z.object({ handle: z.string(), spend: csvNumber(), revenue: csvNumber() });
    const result = parseCsv(csv, schema);
    expect(result.ok && result.rows.map((r) => r.handle)).toEqual(hostile);
  });
});

describe('parseCsv: errors with physical line numbers, nothing returned', () => {
  test.each([
    {
      what: 'a bad number',
      csv: 'handle,spend,revenue\njane,500,900\nbob,lots,100\n',
      errors: [
        { line: 3, field: 'spend', message: expect.stringContaining('"lots" is not a number') },
      ],
    },
    {
      what: 'ambiguous thousands separator',
      csv: 'handle,spend,revenue\njane,"1,500",900\n',
      errors: [
        { line: 2, field: 'spend', message: expect.stringContaining('no thousands separators') },
      ],
    },
    {
      what: 'negative where the schema wants at least 0',
      csv: 'handle,spend,revenue\njane,-5,900\n',
      errors: [{ line: 2, field: 'spend', message: 'must be at least 0' }],
    },
    {
      what: 'several errors on several lines, in line order',
      csv: 'handle,spend,revenue\n,500,900\njane,,x\n',
      errors: [
        { line: 2, field: 'handle', message: 'required' },
        { line: 3, field: 'spend', message: 'required' },
        { line: 3, field: 'revenue', message: expect.stringContaining('not a number') },
      ],
    },
    {
      what: 'line numbers count the lines inside quoted cells and blank lines',
      csv: 'handle,spend,revenue,code\r\n"jane\r\nthe painter",500,900,A\r\n\r\nbob,x,1,B\r\n',
      errors: [{ line: 5, field: 'spend', message: expect.stringContaining('not a number') }],
    },
    {
      what: 'a lone CR ends a line too',
      csv: 'handle,spend,revenue\rjane,1,1\rbob,1,y\r',
      errors: [{ line: 3, field: 'revenue', message: expect.stringContaining('not a number') }],
    },
    {
      what: 'a wrong field count',
      csv: 'handle,spend,revenue\njane,500\nbob,1,2,3\n',
      errors: [
        { line: 2, field: null, message: 'expected 3 fields, found 2' },
        { line: 3, field: null, message: 'expected 3 fields, found 4' },
      ],
    },
    {
      what: 'a missing required column is one error on the header line',
      csv: 'handle,revenue\njane,900\nbob,100\n',
      errors: [{ line: 1, field: 'spend', message: 'missing column' }],
    },
    {
      what: 'a duplicated column',
      csv: 'handle,spend,revenue,spend\njane,1,2,3\n',
      errors: [{ line: 1, field: 'spend', message: 'duplicate column' }],
    },
    {
      what: 'an unnamed column',
      csv: 'handle,,spend,revenue\njane,x,1,2\n',
      errors: [{ line: 1, field: null, message: 'column 2 has no name' }],
    },
    {
      what: 'the header after blank lines keeps its physical line',
      csv: '\n\nhandle,revenue\njane,1\n',
      errors: [{ line: 3, field: 'spend', message: 'missing column' }],
    },
    {
      what: 'an unclosed quote',
      csv: 'handle,spend,revenue\njane,1,2\n"bob,1,2\nann,3,4\n',
      errors: [expect.objectContaining({ line: 3, field: null })],
    },
    {
      what: 'an empty file',
      csv: '',
      errors: [{ line: 1, field: null, message: 'the file has no header line' }],
    },
  ])('$what', ({ csv, errors }) => {
    const result = parseCsv(csv, Results);
    expect(result).toEqual({ ok: false, errors });
    expect('rows' in result).toBe(false);
  });

  test('a strict schema reports unknown columns', () => {
    const result = parseCsv('handle,spend,revenue,bonus\njane,1,2,3\n', Results.strict());
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({
        line: 2,
        message: expect.stringContaining('bonus'),
      });
  });

  test('limits: rows, size and the number of errors listed', () => {
    const many = `handle,spend,revenue\n${'jane,x,1\n'.repeat(80)}`;
    const result = parseCsv(many, Results, { maxErrors: 5 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(6);
      expect(result.errors.slice(0, 5).map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
      expect(result.errors[5]!.message).toBe('…and 75 more errors');
    }
    const tooMany = parseCsv(`handle,spend,revenue\n${'jane,1,1\n'.repeat(11)}`, Results, {
      maxRows: 10,
    });
    expect(tooMany).toEqual({
      ok: false,
      errors: [{ line: 12, field: null, message: 'more than 10 rows' }],
    });
    const tooBig = parseCsv('x'.repeat(101), Results, { maxChars: 100 });
    expect(tooBig).toEqual({
      ok: false,
      errors: [{ line: 1, field: null, message: 'the file is larger than 100 characters' }],
    });
  });

  test('imported text is cleaned of bidi overrides and controls', () => {
    const result = parseCsv('handle,spend,revenue\n"ja\u202Ene\u0007",1,2\n', Results);
    expect(result).toMatchObject({ ok: true, rows: [{ handle: 'jane' }] });
  });
});

describe('guessDelimiter', () => {
  test.each([
    ['a,b,c\n1,2,3', ','],
    ['a;b;c\n1,5;2;3', ';'],
    ['a\tb\n1\t2', '\t'],
    ['\n\n a;b \n', ';'],
    ['"x,y";z\n', ';'],
    ['single\n1', ','],
    ['', ','],
  ])('%j → %j', (text, delimiter) => {
    expect(guessDelimiter(text)).toBe(delimiter);
  });
});
