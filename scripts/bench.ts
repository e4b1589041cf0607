// Outside the extension its words come from the English file.
import '../lib/i18n/english';
import { suites } from './bench/suites';
import type { BenchRow } from './bench/types';

const rows: BenchRow[] = [];
for (const suite of suites) rows.push(...(await suite()));

const header = ['area', 'figure', 'measured', 'target', 'result'];
const table = [
  header,
  ...rows.map((r) => [r.area, r.figure, r.measured, r.target, r.pass ? 'pass' : 'FAIL']),
];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '));
if (rows.length === 0) console.log('(no benchmarks yet)');
const failed = rows.filter((r) => !r.pass).length;
console.log(`\n${rows.length - failed} of ${rows.length} figures meet their target`);
