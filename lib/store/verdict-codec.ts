/**
 * The last reading's compact verdict (lib/store/compact.ts) as storage keeps it: reasons, flags,
 * their evidence and the comment examples as arrays instead of objects that repeat their field
 * names, a rules sentence as `[key, ...args]`, and the spam shares left out when the counts give
 * them. Only objects of exactly the known shape are packed; anything else is kept as it is, and
 * reading accepts both forms.
 */
type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const hasKeys = (o: Json, required: readonly string[], optional: readonly string[] = []) =>
  required.every((k) => k in o) &&
  Object.keys(o).every((k) => required.includes(k) || optional.includes(k));

const isSaid = (v: unknown): v is { key: string; args: unknown[] } =>
  isObject(v) && hasKeys(v, ['key', 'args']) && typeof v.key === 'string' && Array.isArray(v.args);
// A count is kept as its bare number: no other part of a sentence is a number.
const packArg = (a: unknown): unknown =>
  isObject(a) && hasKeys(a, ['count']) && typeof a.count === 'number' ? a.count : a;
const unpackArg = (a: unknown): unknown => (typeof a === 'number' ? { count: a } : a);
const packSaid = (said: { key: string; args: unknown[] }) => [said.key, ...said.args.map(packArg)];
const unpackSaid = (packed: unknown[]) => ({
  key: packed[0],
  args: packed.slice(1).map(unpackArg),
});

/** A sentence: its message packed, or its words. */
function packSentence(o: Json, textField: string): unknown {
  if ('said' in o) return isSaid(o.said) ? packSaid(o.said) : undefined;
  return typeof o[textField] === 'string' ? o[textField] : undefined;
}
const unpackSentence = (packed: unknown, textField: string): Json =>
  Array.isArray(packed) ? { said: unpackSaid(packed) } : { [textField]: packed };

function packReason(r: unknown): unknown {
  if (
    !isObject(r) ||
    !(hasKeys(r, ['weight', 'direction', 'said']) || hasKeys(r, ['weight', 'direction', 'text']))
  )
    return r;
  const sentence = packSentence(r, 'text');
  return sentence === undefined ? r : [r.weight, r.direction, sentence];
}
const unpackReason = (r: unknown): unknown =>
  Array.isArray(r) ? { weight: r[0], direction: r[1], ...unpackSentence(r[2], 'text') } : r;

function packEvidence(e: unknown): unknown {
  if (isObject(e) && hasKeys(e, ['kind', 'id', 'said']) && isSaid(e.said))
    return [e.kind, e.id, packSaid(e.said)];
  return isObject(e) && hasKeys(e, ['kind', 'id', 'detail']) ? [e.kind, e.id, e.detail] : e;
}
const unpackEvidence = (e: unknown): unknown =>
  Array.isArray(e)
    ? Array.isArray(e[2])
      ? { kind: e[0], id: e[1], said: unpackSaid(e[2]) }
      : { kind: e[0], id: e[1], detail: e[2] }
    : e;

function packFlag(f: unknown): unknown {
  if (
    !isObject(f) ||
    !(
      hasKeys(f, ['id', 'severity', 'said', 'evidence']) ||
      hasKeys(f, ['id', 'severity', 'message', 'evidence'])
    ) ||
    !Array.isArray(f.evidence)
  )
    return f;
  const sentence = packSentence(f, 'message');
  return sentence === undefined ? f : [f.id, f.severity, sentence, f.evidence.map(packEvidence)];
}
const unpackFlag = (f: unknown): unknown =>
  Array.isArray(f)
    ? {
        id: f[0],
        severity: f[1],
        ...unpackSentence(f[2], 'message'),
        evidence: Array.isArray(f[3]) ? f[3].map(unpackEvidence) : f[3],
      }
    : f;

function packComment(c: unknown): unknown {
  return isObject(c) && hasKeys(c, ['text', 'label', 'reasons']) && Array.isArray(c.reasons)
    ? [c.text, c.label, ...c.reasons]
    : c;
}
const unpackComment = (c: unknown): unknown =>
  Array.isArray(c) ? { text: c[0], label: c[1], reasons: c.slice(2) } : c;

/** A share as compactVerdict rounds it (4 significant digits). */
const share = (part: unknown, whole: unknown): number | null =>
  typeof part === 'number' && typeof whole === 'number' && whole > 0
    ? Number((part / whole).toPrecision(4))
    : null;
const SHARES = [
  ['ratio', 'spam'],
  ['genericRatio', 'generic'],
] as const;

function packSpam(spam: unknown): unknown {
  if (!isObject(spam)) return spam;
  const packed = { ...spam };
  for (const [field, part] of SHARES)
    if (
      field in packed &&
      packed[field] === share(spam[part], spam.audienceComments) &&
      packed[field] !== null
    )
      delete packed[field];
  return packed;
}
function unpackSpam(spam: unknown): unknown {
  if (!isObject(spam)) return spam;
  const out = { ...spam };
  for (const [field, part] of SHARES)
    if (!(field in out) && typeof out[part] === 'number')
      out[field] = share(out[part], out.audienceComments);
  return out;
}

const LISTS = [
  ['reasons', packReason, unpackReason],
  ['flags', packFlag, unpackFlag],
  ['comments', packComment, unpackComment],
] as const;

export function encodeVerdict(verdict: unknown): unknown {
  if (!isObject(verdict)) return verdict;
  const out: Json = { ...verdict };
  for (const [field, pack] of LISTS)
    if (Array.isArray(out[field])) out[field] = (out[field] as unknown[]).map(pack);
  if ('spam' in out) out.spam = packSpam(out.spam);
  return out;
}

export function decodeVerdict(verdict: unknown): unknown {
  if (!isObject(verdict)) return verdict;
  const out: Json = { ...verdict };
  for (const [field, , unpack] of LISTS)
    if (Array.isArray(out[field])) out[field] = (out[field] as unknown[]).map(unpack);
  if ('spam' in out) out.spam = unpackSpam(out.spam);
  return out;
}
