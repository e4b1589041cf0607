import type { Rng } from './random';

/** Strings that break naive parsers: odd unicode, huge runs, markup, numbers that are not counts. */
const oddStrings = [
  '\u202e\u2066evil\u2069',
  '\u200b\u200c\u200d\ufeff',
  '\u200f1,234\u200f',
  '１２３４',
  '\ud83d\ude00'.repeat(50),
  '\ud800',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '9'.repeat(40),
  '-2147483648',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  '&amp;quot;&#x27;&#0;',
  'x'.repeat(100_000),
  '',
  'null',
  '{}',
  '[',
];

/** Text that replaces a number: the page no longer states it. */
const notNumbers = ['abc', 'NaN', '', 'null', '-', '1.2.3', 'K', '∞', '½'];

export type Mutation = { name: string; apply: (text: string, r: Rng) => string };

const span = (text: string, r: Rng) => {
  const start = r.int(text.length + 1);
  const length = r.int(Math.min(2000, text.length - start) + 1);
  return [start, start + length] as const;
};

export const mutations: Mutation[] = [
  { name: 'truncate', apply: (t, r) => t.slice(0, r.int(t.length + 1)) },
  {
    name: 'cut-json-midway',
    apply: (t, r) => {
      const starts = [...t.matchAll(/<script[^>]*>\s*[{[]/g)].map((m) => m.index! + m[0].length);
      if (!starts.length) return t.slice(0, r.int(t.length + 1));
      const start = r.pick(starts);
      const end = t.indexOf('</script>', start);
      const cut = start + r.int(Math.max(1, (end > start ? end : t.length) - start));
      return t.slice(0, cut) + t.slice(end > start ? end : t.length);
    },
  },
  {
    name: 'remove-slice',
    apply: (t, r) => {
      const [a, b] = span(t, r);
      return t.slice(0, a) + t.slice(b);
    },
  },
  {
    name: 'remove-element',
    apply: (t, r) => {
      const tags = [
        ...t.matchAll(
          /<(div|span|a|section|li|ul|h1|h2|strong|meta|script|header|article)\b[^>]*>/g,
        ),
      ];
      if (!tags.length) return t;
      const m = r.pick(tags);
      const close = t.indexOf(`</${m[1]}>`, m.index!);
      return close < 0
        ? t.slice(0, m.index!) + t.slice(m.index! + m[0].length)
        : t.slice(0, m.index!) + t.slice(close + m[1]!.length + 3);
    },
  },
  {
    name: 'number-to-text',
    apply: (t, r) => {
      const numbers = [...t.matchAll(/\d[\d.,]*/g)];
      if (!numbers.length) return t;
      let out = t;
      for (let i = 0, n = 1 + r.int(20); i < n; i++) {
        const m = r.pick(numbers);
        if (out.slice(m.index!, m.index! + m[0].length) !== m[0]) continue;
        out =
          out.slice(0, m.index!) +
          r.pick(notNumbers).padEnd(m[0].length, ' ') +
          out.slice(m.index! + m[0].length);
      }
      return out;
    },
  },
  {
    name: 'insert-odd-string',
    apply: (t, r) => {
      const at = r.int(t.length + 1);
      return t.slice(0, at) + r.pick(oddStrings) + t.slice(at);
    },
  },
  {
    name: 'duplicate-slice',
    apply: (t, r) => {
      const [a, b] = span(t, r);
      return t.slice(0, b) + t.slice(a, b) + t.slice(b);
    },
  },
  {
    name: 'swap-quotes',
    apply: (t, r) => {
      const at = t.indexOf('"', r.int(t.length));
      return at < 0 ? t : `${t.slice(0, at)}'${t.slice(at + 1)}`;
    },
  },
];

/** One to three mutations in a row, named for the failure message. */
export function mutate(text: string, r: Rng): { text: string; steps: string[] } {
  const steps: string[] = [];
  let out = text;
  for (let i = 0, n = 1 + r.int(3); i < n; i++) {
    const m = r.pick(mutations);
    out = m.apply(out, r);
    steps.push(m.name);
  }
  return { text: out, steps };
}
