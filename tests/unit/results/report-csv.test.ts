import { describe, expect, test } from 'vitest';
import { formatRowError } from '../../../lib/results/import-rows';
import { readReportCsv } from '../../../lib/results/report-csv';
import { fixture } from './fixtures';

const errorsOf = (text: string) => {
  const csv = readReportCsv(text);
  return csv.ok ? [] : csv.errors.map(formatRowError);
};

describe('readReportCsv', () => {
  test('reads the report format, optional columns included', () => {
    const csv = readReportCsv(fixture('campaign-results-synthetic.csv'));
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    expect(csv.rows).toHaveLength(8);
    expect(csv.rows[2]).toEqual({
      key: 'lee_sketches',
      handle: 'lee_sketches',
      line: 4,
      code: 'LEE-ART',
      spend: 500,
      revenue: 400,
      conversions: 5,
      clicks: 250,
      impressions: null,
    });
  });

  test('reports every bad row of the sheet with its physical line and field', () => {
    expect(errorsOf(fixture('creator-sheet-bad-rows-synthetic.csv'))).toEqual([
      'line 3: conversions: not a number "twenty-five"',
      'line 6: spend: negative amount "-650"',
      'line 7: conversions: empty',
      'line 8: handle: "jane_paints" already on line 2',
      'line 9: handle: empty',
      'line 11: handle: a totals row (totals are computed)',
    ]);
  });

  test.each([
    [
      'headers in any case and order',
      'Clicks,Revenue,HANDLE,Spend,Conversions\n10,100,jane,50,2\n',
      [],
    ],
    [
      'no impressions or code column',
      'handle,spend,revenue,conversions,clicks\njane,1,2,3,4\n',
      [],
    ],
    ['no rows', 'handle,spend,revenue,conversions,clicks\n', []],
    ['an empty file', '', ['line 1: no header row']],
    [
      'a missing column',
      'handle,spend,revenue,clicks\njane,1,2,3\n',
      ['line 1: missing column conversions'],
    ],
    [
      'two missing columns',
      'handle,spend,clicks\njane,1,3\n',
      ['line 1: missing columns revenue, conversions'],
    ],
    [
      'the same handle twice, once with @ and capitals',
      'handle,spend,revenue,conversions,clicks\njane,1,2,3,4\n@JANE,1,2,3,4\n',
      ['line 3: handle: "jane" already on line 2'],
    ],
    [
      'every bad cell of a row',
      'handle,spend,revenue,conversions,clicks\njane,x,,-1,4%\n',
      [
        'line 2: spend: not a number "x"',
        'line 2: revenue: empty',
        'line 2: conversions: negative amount "-1"',
        'line 2: clicks: a percentage "4%" where a number is expected',
      ],
    ],
    [
      'a bad impressions cell (optional but must be a number)',
      'handle,spend,revenue,conversions,clicks,impressions\njane,1,2,3,4,lots\n',
      ['line 2: impressions: not a number "lots"'],
    ],
  ])('%s', (_name, text, errors) => {
    expect(errorsOf(text)).toEqual(errors);
  });
});
