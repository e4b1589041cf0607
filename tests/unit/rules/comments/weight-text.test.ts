import { expect, test } from 'vitest';
import { weightBytes, weightText } from '../../../../lib/rules/comments/weight-text';

test('every signed byte a weight can be survives the text it is shipped as', () => {
  const all = Int8Array.from({ length: 255 }, (_, i) => i - 127);
  expect(Array.from(weightBytes(weightText(all)))).toEqual(Array.from(all));
});

test('weights near 0 are one printable ASCII character each; the rest leave ASCII and the surrogates alone', () => {
  const text = weightText(Int8Array.from([0, 1, -1, 47, -47, 48, -48, 127, -127]));
  expect(text.slice(0, 5)).toMatch(/^[\x20-\x7e]{5}$/);
  for (const ch of text.slice(5)) {
    expect(ch.charCodeAt(0)).toBeGreaterThanOrEqual(0x100);
    expect(ch.charCodeAt(0)).toBeLessThan(0xd800);
  }
  expect(JSON.parse(JSON.stringify(text))).toBe(text);
});
