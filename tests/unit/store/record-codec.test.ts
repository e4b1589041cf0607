import { expect, test } from 'vitest';
import { applyVisit, newCreator } from '../../../lib/store/creator-ops';
import { decodeCreator, encodeCreator } from '../../../lib/store/record-codec';
import { reading, snapshot } from './helpers';

const at = '2026-03-01T10:00:00.000Z';
const visited = (handle: string, url?: string) => {
  const page = reading(handle, 'tiktok', at);
  return applyVisit(
    newCreator({ platform: 'tiktok', handle }, at),
    {
      reading: { ...page, url: url ?? `https://www.tiktok.com/@${handle}` },
      snapshot: snapshot(at),
      verdict: { verdict: 'strong', reasons: [{ weight: 1, direction: 'for', text: 'x' }] },
    },
    at,
  );
};

test("the last visit's time and the profile's address are stored once, with the record", () => {
  const record = visited('ann');
  const stored = encodeCreator(record) as { lastReading: Record<string, unknown> };
  expect(stored.lastReading).not.toHaveProperty('at');
  expect(stored.lastReading).not.toHaveProperty('url');
  expect(decodeCreator(JSON.parse(JSON.stringify(stored)))).toEqual(record);
});

test('a last reading from another page keeps its own address', () => {
  const record = visited('ann', 'https://www.tiktok.com/@ann/video/7000000000000000001');
  const stored = encodeCreator(record) as { lastReading: Record<string, unknown> };
  expect(stored.lastReading.url).toBe('https://www.tiktok.com/@ann/video/7000000000000000001');
  expect(decodeCreator(JSON.parse(JSON.stringify(stored)))).toEqual(record);
});

test('a record stored with both fields (an older build) reads as it is', () => {
  const record = visited('ann');
  const older = { ...encodeCreator(record), lastReading: { ...record.lastReading } };
  expect(decodeCreator(JSON.parse(JSON.stringify(older)))).toEqual(record);
});
