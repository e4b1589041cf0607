import { parseCount } from '../../../lib/sites/parse-count';

const numberCore = /\d(?:[\d.,'\u00a0\u202f\u2009 ]*\d)?/g;
const suffixAfter = /^\s?([^\s\d<>"{},:;()[\]]{1,8})/;

/**
 * Every number a page's text could be said to state: each number as written (with its separators)
 * and with the short word after it ("12.3K", "1,2 Mio.", "104 mila"), parsed as the readers parse
 * counts. Digit runs alone are found by the caller with a plain substring search.
 */
export function statedNumbers(text: string): Set<number> {
  const values = new Set<number>();
  for (const m of text.matchAll(numberCore)) {
    const core = m[0];
    const value = parseCount(core).value;
    if (value !== null) values.add(value);
    for (const part of core.split(/[\s\u00a0\u202f\u2009]+/)) {
      const v = parseCount(part).value;
      if (v !== null) values.add(v);
    }
    const suffix = suffixAfter.exec(
      text.slice(m.index! + core.length, m.index! + core.length + 10),
    );
    if (suffix) {
      for (const candidate of [`${core}${suffix[0]}`, `${core} ${suffix[1]}`]) {
        const v = parseCount(candidate).value;
        if (v !== null) values.add(v);
      }
    }
  }
  return values;
}
