import { expect, test } from 'vitest';
import { AudienceThresholds } from '../../../../lib/model/audience';
import { DEFAULT_FILES, readRows, scoreSigns } from '../../../../scripts/data/audience/load';

// 696 hand-labelled Instagram accounts (scripts/data/audience/SOURCES.md). The panel calls a follower
// "likely fake or inactive" on the default number of signs; these are the figures the methodology
// quotes (docs/audience-calibration.md), kept with some room below them.
const rows = DEFAULT_FILES.flatMap((f) => readRows(f));
const t = AudienceThresholds.parse({});

test('the labelled set is read whole', () => {
  expect(rows).toHaveLength(696);
  expect(rows.filter((r) => r.fake)).toHaveLength(348);
});

test('on the default number of signs, nearly every account called likely fake is labelled fake', () => {
  const s = scoreSigns(rows, t.minSignals, false, t);
  expect(s.truePositives / s.flagged).toBeGreaterThanOrEqual(0.93);
  expect((s.flagged - s.truePositives) / s.genuine).toBeLessThanOrEqual(0.03);
  // About half the fake accounts show two signs: the share the panel gives is a floor.
  expect(s.truePositives / s.fakes).toBeGreaterThanOrEqual(0.4);
});

test('one sign alone would call many genuine accounts fake, which is why two are asked', () => {
  const one = scoreSigns(rows, 1, false, t);
  const two = scoreSigns(rows, t.minSignals, false, t);
  expect(t.minSignals).toBe(2);
  expect(one.flagged - one.truePositives).toBeGreaterThan(5 * (two.flagged - two.truePositives));
});

test('a file with other columns is refused with its name', () => {
  expect(() => readRows(new URL('./calibration.test.ts', import.meta.url).pathname)).toThrow(
    /calibration\.test\.ts: not the expected columns/,
  );
});
