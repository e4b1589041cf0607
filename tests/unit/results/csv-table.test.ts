import { describe, expect, test } from 'vitest';
import { parseCsvTable } from '../../../lib/results/csv-table';

const lines = (text: string) => parseCsvTable(text)!.rows.map((row) => row.line);

describe('parseCsvTable', () => {
  test.each([
    ['plain rows', 'h\na\nb\n', [2, 3]],
    ['no trailing newline', 'h\na\nb', [2, 3]],
    ['CRLF line ends', 'h\r\na\r\nb\r\n', [2, 3]],
    ['old Mac CR line ends', 'h\ra\rb', [2, 3]],
    ['blank lines keep their line numbers', 'h\n\na\n\n\nb\n', [3, 6]],
    [
      'a quoted cell spanning lines: the row is on the line it starts',
      'h,n\na,"x\ny\nz"\nb,c\n',
      [2, 5],
    ],
    ['a byte-order mark', '\uFEFFh\na\n', [2]],
    ['a # preamble before the header (GA4)', '# Report\n# Start date: 20260301\n\nh\na\n', [5]],
  ])('%s', (_name, text, expected) => {
    expect(lines(text)).toEqual(expected);
  });

  test('reports the header line after a preamble', () => {
    const table = parseCsvTable('# a\n#\n\nx,y\n1,2\n')!;
    expect(table.headerLine).toBe(4);
    expect(table.headers).toEqual(['x', 'y']);
  });

  test.each([
    ['comma', 'a,b\n1,2\n'],
    ['semicolon', 'a;b\n"1,5";2\n'],
    ['tab', 'a\tb\n1\t2\n'],
    ['semicolon after a preamble', '# x, y, z\n\na;b\n1,5;2\n'],
  ])('detects the %s delimiter', (_name, text) => {
    const table = parseCsvTable(text)!;
    expect(table.headers).toEqual(['a', 'b']);
    expect(table.rows[0]!.cells).toHaveLength(2);
  });

  test('trims cells and keeps the text of quoted cells', () => {
    expect(parseCsvTable('h1,h2\n  a ," b, c "\n')!.rows[0]!.cells).toEqual(['a', 'b, c']);
  });

  test('a cell is text, never markup', () => {
    expect(parseCsvTable('h\n<img src=x onerror=alert(1)>\n')!.rows[0]!.cells[0]).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  test('an unterminated quote is a problem on the line it starts', () => {
    const table = parseCsvTable('h,n\na,b\nc,"open\nd,e\n')!;
    expect(table.problems.map((p) => p.line)).toEqual([3]);
  });

  test.each([[''], ['\n\n'], ['# only a preamble\n'], ['\uFEFF']])(
    'no header row in %j is null',
    (text) => {
      expect(parseCsvTable(text)).toBeNull();
    },
  );

  test('a header with no rows', () => {
    expect(parseCsvTable('handle,spend\n')).toMatchObject({
      headers: ['handle', 'spend'],
      rows: [],
    });
  });
});
