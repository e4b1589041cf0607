import { describe, expect, test } from 'vitest';
import { parseJson, readUniversal, universalData } from '../../../../lib/sites/tiktok/embedded';
import { emptyFindings } from '../../../../lib/sites/tiktok/facts';
import { sliceJsonObject } from '../../../../lib/sites/tiktok/json-slice';
import { fixtureDoc } from './load';

describe('sliceJsonObject', () => {
  test.each([
    ['{"a":{"b":1},"k":{"x":[1,{"y":2}]}}', 'k', { x: [1, { y: 2 }] }],
    ['{"k" :{}}', 'k', null], // only the exact `"k":` form is looked for
    ['{"k": {"s":"}{\\"k\\":{\\"evil\\":1}"}}', 'k', { s: '}{"k":{"evil":1}' }],
    ['{"t":"\\"k\\":{\\"fake\\":1}","k":{"real":true}}', 'k', { real: true }],
    ['{"k":[1,2]}', 'k', null],
    ['{"k":"text"}', 'k', null],
    ['{"k":{"unclosed":1', 'k', null],
    ['{"k":{"bad":tru}}', 'k', null],
    ['{"other":{}}', 'k', null],
    ['{"a":{"k":{"nested":1}}}', 'k', { nested: 1 }],
  ])('%s', (text, key, expected) => {
    expect(sliceJsonObject(text, key)).toEqual(expected);
  });
});

describe('reading sliced entries gives what a full parse gives', () => {
  test.each([
    ['profile-rendered-2025-12.html', { page: 'profile', handle: 'illojuan', videoId: null }],
    [
      'video-rendered-2025-12.html',
      { page: 'video', handle: 'illojuan', videoId: '7571863205253778710' },
    ],
    [
      'video-logged-out-2026-07.html',
      { page: 'video', handle: 'mysticaquariumct', videoId: '7660566211100511518' },
    ],
    ['not-found-synthetic.html', { page: 'profile', handle: 'nosuchuser', videoId: null }],
  ] as const)('%s', (file, target) => {
    const text = fixtureDoc(file).getElementById('__UNIVERSAL_DATA_FOR_REHYDRATION__')!.textContent;
    const sliced = emptyFindings();
    const full = emptyFindings();
    const a = readUniversal(universalData(text), { ...target }, sliced);
    const b = readUniversal(parseJson(text), { ...target }, full);
    expect(a).toEqual(b);
    expect(sliced).toEqual(full);
  });

  test('text that is not the usual shape is parsed whole', () => {
    expect(universalData('{"x":1}')).toEqual({ x: 1 });
    expect(universalData('not json')).toBeNull();
    expect(universalData('')).toBeNull();
  });
});
