import { saidText } from '../../../lib/i18n/said';
import { ENGLISH } from '../../../lib/i18n/english';
import type { Verdict } from '../../../lib/model/verdict';

/**
 * Where a rules sentence and its locale message say different things in English: each reason,
 * flag, engagement note and post left out that carries a message must read, through the English file, exactly as the rules wrote it.
 */
export function saidMismatches(
  verdict: Pick<Verdict, 'reasons' | 'flags'> & Partial<Pick<Verdict, 'engagement' | 'fit'>>,
): string[] {
  const out: string[] = [];
  const check = (said: Parameters<typeof saidText>[0], text: string) => {
    if (!said) return;
    if (!Object.hasOwn(ENGLISH, said.key)) out.push(`no message ${said.key} for "${text}"`);
    else if (saidText(said, text) !== text)
      out.push(`${said.key}: "${saidText(said, text)}" ≠ "${text}"`);
  };
  for (const r of verdict.reasons) check(r.said, r.text);
  for (const f of verdict.flags) {
    check(f.said, f.message);
    for (const e of f.evidence) check(e.said, e.detail);
  }
  for (const n of verdict.engagement?.notes ?? []) check(n.said, n.text);
  if (verdict.engagement?.seed) check(verdict.engagement.seed.said, verdict.engagement.seed.text);
  for (const c of verdict.fit?.components ?? []) {
    check(c.said, c.message);
    for (const e of c.evidence) check(e.said, e.detail);
  }
  for (const p of verdict.engagement?.posts ?? [])
    if (p.excludedBecause !== null) check(p.excludedSaid, p.excludedBecause);
  return out;
}
