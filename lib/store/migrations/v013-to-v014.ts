import type { Migration } from './types';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 14: the settings' thresholds hold the days without a conversation after which an
 * ambassador is due for a check-in (`checkInDays`, lib/rules/ambassador/check-ins.ts). Until now
 * they were a fixed 30: settings get 30.
 */
export const v013ToV014: Migration = {
  from: 13,
  description: 'settings have the days before an ambassador check-in is due (30)',
  settings: (value) => {
    if (!isObject(value.rules)) return value;
    const thresholds = isObject(value.rules.thresholds) ? value.rules.thresholds : {};
    return {
      ...value,
      rules: {
        ...value.rules,
        thresholds: { ...thresholds, checkInDays: thresholds.checkInDays ?? 30 },
      },
    };
  },
};
