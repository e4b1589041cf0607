import type { Response } from '../model/messages';
import type { PageReading } from '../model/reading';
import type { Snapshot } from '../model/snapshot';
import type { Verdict } from '../model/verdict';
import { toSnapshot } from '../rules/snapshot';
import type { Send } from './store-context';

export interface Visit {
  reading: PageReading;
  verdict: Verdict;
  /** `platform:handle` */
  key: string;
}

export interface VisitRecorderDeps {
  send: Send;
  now: () => Date;
  /** Quiet time after the last reading before its visit is recorded. */
  delayMs: number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  /** The store's answer, with the token the visit was scheduled with. */
  onResult: (token: number, response: Response<'creator/record-visit'>) => void;
}

/** The snapshot without its time: two visits with equal fingerprints need not be sent twice. */
const fingerprint = (s: Snapshot): string => JSON.stringify({ ...s, at: '' });

/**
 * Records visits through the store's `creator/record-visit` (which keeps one snapshot per hour):
 * once the page has been quiet for a moment, only when the numbers changed since the last one sent,
 * and at once when the user leaves the creator (flush), so that a short visit is not dropped.
 */
export function createVisitRecorder(deps: VisitRecorderDeps) {
  let timer: unknown = null;
  let pending: (() => void) | null = null;
  const lastSent = new Map<string, string>();

  const record = async (token: number, visit: Visit) => {
    const snapshot = toSnapshot(visit.reading, visit.verdict, deps.now().toISOString());
    const print = fingerprint(snapshot);
    if (lastSent.get(visit.key) === print) return;
    lastSent.set(visit.key, print);
    const response = await deps.send({
      type: 'creator/record-visit',
      reading: visit.reading,
      snapshot,
      verdict: visit.verdict as unknown as Record<string, unknown>,
    });
    if (!response.ok) lastSent.delete(visit.key);
    deps.onResult(token, response);
  };

  const cancel = () => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    pending = null;
  };

  return {
    /** Replaces any visit waiting to be recorded with this one. */
    schedule(token: number, visit: Visit) {
      cancel();
      pending = () => {
        pending = null;
        void record(token, visit);
      };
      timer = deps.setTimer(() => {
        timer = null;
        pending?.();
      }, deps.delayMs);
    },
    cancel,
    /** Records the waiting visit now, if any. */
    flush() {
      const run = pending;
      cancel();
      run?.();
    },
  };
}
