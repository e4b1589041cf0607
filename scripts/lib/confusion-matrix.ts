import { CLASSES } from '../../lib/rules/comments/features';
import type { Label3 } from './comment-learner';

/**
 * Confusion matrices of the three comment labels (rows: truth, columns: predicted), their scores
 * and their markdown tables, as scripts/eval-comments.ts reports them.
 */

export type Matrix = Record<Label3, Record<Label3, number>>;
export const empty = (): Matrix =>
  Object.fromEntries(
    CLASSES.map((t) => [t, Object.fromEntries(CLASSES.map((p) => [p, 0]))]),
  ) as Matrix;

export interface Score {
  p: number;
  r: number;
  f1: number;
  n: number;
}
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

export function classScores(m: Matrix): Record<Label3, Score> {
  const out = {} as Record<Label3, Score>;
  for (const c of CLASSES) {
    const tp = m[c][c];
    const truth = CLASSES.reduce((s, p) => s + m[c][p], 0);
    const predicted = CLASSES.reduce((s, t) => s + m[t][c], 0);
    const p = predicted ? tp / predicted : 0;
    const r = truth ? tp / truth : 0;
    out[c] = { p, r, f1: f1(p, r), n: truth };
  }
  return out;
}

/** Spam against everything else (the figure the spam ratio rests on). */
export function spamBinary(m: Matrix): Score {
  const tp = m.spam.spam;
  const fn = m.spam.generic + m.spam.genuine;
  const fp = m.generic.spam + m.genuine.spam;
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: f1(p, r), n: tp + fn };
}

/** Macro F1 over the classes present in the truth. */
export function macroF1(m: Matrix): number {
  const s = classScores(m);
  const present = CLASSES.filter((c) => s[c].n > 0);
  return present.reduce((a, c) => a + s[c].f1, 0) / (present.length || 1);
}

/** Genuine comments that stay genuine: precision of "not spam" on the genuine ones. */
export function genuineKept(m: Matrix): number {
  const n = m.genuine.spam + m.genuine.generic + m.genuine.genuine;
  return n ? (m.genuine.genuine + m.genuine.generic) / n : 0;
}

export const f = (x: number) => x.toFixed(3);

export function table(m: Matrix): string[] {
  const s = classScores(m);
  const b = spamBinary(m);
  return [
    '| class | precision | recall | F1 | n |',
    '|---|---|---|---|---|',
    ...CLASSES.map((c) => `| ${c} | ${f(s[c].p)} | ${f(s[c].r)} | ${f(s[c].f1)} | ${s[c].n} |`),
    `| **spam vs rest** | ${f(b.p)} | ${f(b.r)} | **${f(b.f1)}** | ${b.n} |`,
    '',
    `3-class macro F1 ${f(macroF1(m))}. Confusion (rows: truth, columns: predicted):`,
    '',
    `| | ${CLASSES.join(' | ')} |`,
    '|---|---|---|---|',
    ...CLASSES.map((t) => `| ${t} | ${CLASSES.map((p) => m[t][p]).join(' | ')} |`),
    '',
  ];
}
