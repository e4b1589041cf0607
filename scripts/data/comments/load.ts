import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

import { withHandLabels } from './hand-labels';
import type { LabelledRow } from './row';

export { groupOf, type LabelledRow } from './row';
export {
  handKeys,
  HAND_SAMPLE_FILE,
  loadHandSample,
  loadSecondReading,
  oneLine,
  SAMPLE_PER_SOURCE,
} from './hand-labels';

const here = dirname(fileURLToPath(import.meta.url));

function parse(file: string): Record<string, string>[] {
  const text = readFileSync(join(here, file), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

const youtube = [
  ['Youtube01-Psy.csv', 'Psy'],
  ['Youtube02-KatyPerry.csv', 'KatyPerry'],
  ['Youtube03-LMFAO.csv', 'LMFAO'],
  ['Youtube04-Eminem.csv', 'Eminem'],
  ['Youtube05-Shakira.csv', 'Shakira'],
] as const;

/** janitr labels that make a post spam (its own "scam" bucket, LABELS.md). */
const JANITR_SPAM = new Set([
  'phishing',
  'malware',
  'fake_support',
  'recovery_scam',
  'job_scam',
  'romance_scam',
  'impersonation',
  'account_compromise',
  'spam',
  'reply_spam',
  'dm_spam',
  'promo',
  'affiliate',
  'lead_gen',
  'engagement_bait',
  'follow_train',
  'giveaway',
  'bot',
  'scam',
]);

function loadJanitr(): LabelledRow[] {
  const rows: LabelledRow[] = [];
  for (const line of readFileSync(join(here, 'janitr-x-posts-2026.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { text: string; labels: string[] };
    const spam = r.labels.some((l) => JANITR_SPAM.has(l));
    rows.push({
      text: r.text,
      spam,
      ...(!spam && r.labels.includes('low_effort') ? { label: 'generic' as const } : {}),
      source: 'janitr:x',
      creator: null,
    });
  }
  return rows;
}

const AUTHORED_LANGS = [
  'en',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'id',
  'tr',
  'nl',
  'pl',
  'ru',
  'ar',
  'ko',
  'fa',
  'th',
  'vi',
  'ja',
  'hi',
  'tl',
  'ur',
  'zh',
  'ms',
  'sv',
  'da',
  'no',
  'fi',
  'ro',
  'cs',
  'sk',
  'hu',
  'el',
  'bg',
  'uk',
  'bn',
  'ta',
  'sw',
  'ha',
  'he',
  'az',
];

/**
 * The rows of a file of written comments (a header, then tab-separated fields, the label first);
 * `read` finds a row's text and language among its fields. A row with another label or no text is
 * an error naming its file and line: a typo must not drop a comment silently.
 */
function writtenRows(
  dir: string,
  file: string,
  source: string,
  read: (fields: string[]) => { text: string | undefined; lang: string | undefined },
): LabelledRow[] {
  const rows: LabelledRow[] = [];
  readFileSync(join(here, dir, file), 'utf8')
    .split('\n')
    .slice(1)
    .forEach((line, n) => {
      if (!line) return;
      const fields = line.split('\t');
      const label = fields[0];
      const { text, lang } = read(fields);
      if ((label !== 'spam' && label !== 'generic' && label !== 'genuine') || !text)
        throw new Error(`${dir}/${file} line ${n + 2}: label "${label}" or no text`);
      rows.push({ text, spam: label === 'spam', label, source, lang, creator: null });
    });
  return rows;
}

/**
 * Comments written for this project (authored/comments-authored[-<set>]-<lang>.tsv: label, kind,
 * text), never used for a headline figure.
 */
export function loadAuthored(): LabelledRow[] {
  const rows: LabelledRow[] = [];
  const files = readdirSync(join(here, 'authored'))
    .filter((f) => /^comments-authored-(?:[a-z]+-)?[a-z]{2}\.tsv$/.test(f))
    .sort();
  for (const file of files) {
    const lang = file.slice(-6, -4);
    if (!AUTHORED_LANGS.includes(lang)) continue;
    rows.push(...writtenRows('authored', file, `authored:${lang}`, (f) => ({ text: f[2], lang })));
  }
  return rows;
}

/**
 * Comments written blind (heldout/comments-heldout-<set>.tsv: label, kind, lang, text) and kept out
 * of training for good: the measure of the shipped model on ordinary Instagram/TikTok comments in
 * wording nobody tuned it to. Each row's source is "heldout:<set>".
 */
export function loadHeldout(): LabelledRow[] {
  const rows: LabelledRow[] = [];
  for (const file of readdirSync(join(here, 'heldout'))
    .filter((f) => /^comments-heldout-.+\.tsv$/.test(f))
    .sort()) {
    const set = file.slice('comments-heldout-'.length, -'.tsv'.length);
    rows.push(
      ...writtenRows('heldout', file, `heldout:${set}`, (f) => ({ text: f[3], lang: f[2] })),
    );
  }
  return rows;
}

/**
 * Real sources used to evaluate only, never to train: janitr labels whole X posts for moderation
 * (a brand's own promotional post is "promo" there), not comments under a creator's post; trained
 * on, it taught the model that ordinary fan words are spam (docs/comment-model-evaluation.md).
 */
export const EVAL_ONLY_SOURCES: ReadonlySet<string> = new Set(['janitr:x']);

/** Every real labelled row of scripts/data/comments (see SOURCES.md); the authored sets apart. */
export function loadLabelled(): LabelledRow[] {
  const rows: LabelledRow[] = [];
  for (const [file, name] of youtube)
    for (const r of parse(file))
      if (r.CONTENT !== undefined)
        rows.push({
          text: r.CONTENT,
          spam: r.CLASS === '1',
          source: `youtube:${name}`,
          creator: null,
        });
  for (const r of parse('scamspot-instagram-train.csv'))
    if (r.text !== undefined)
      rows.push({
        text: r.text,
        spam: r.label === 'spam',
        source: `scamspot:${r.account}`,
        creator: r.account ?? null,
      });
  for (const r of parse('youtube-id-judol-2026.csv'))
    if (r.text !== undefined)
      rows.push({
        text: r.text,
        spam: r.label === 'spam',
        source: 'youtube-id:judol',
        creator: null,
      });
  // A second Indonesian gambling-spam set (other videos, other labellers). A text already in
  // another source is left out: the same template in two sources would leak across the folds.
  const key = (t: string) => t.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const seen = new Set(rows.map((r) => key(r.text)));
  for (const r of parse('youtube-id-judol-detector-2026.csv'))
    if (r.text !== undefined && !seen.has(key(r.text)))
      rows.push({
        text: r.text,
        spam: r.label === 'spam',
        source: 'youtube-id:judol-detector',
        creator: null,
      });
  rows.push(...loadJanitr());
  return withHandLabels(rows);
}

/**
 * ScamSpot labels that are plainly wrong, found by three written rules (not by reading the folds'
 * errors one by one). Used only by `eval:comments --relabel` as a second figure; training and the
 * headline figure keep the labels as given.
 */
const CONTACT =
  /\b(?:inbox me|dm me|message me|write to me|get in touch with me|private chat me|ask me how|text me|hit me up|send me a dm|contact me)\b/u;
const FINANCE =
  /[$£€]\s?\d|\b(?:money|invest\w*|crypto\w*|bitcoin|btc|usdt|forex|trad(?:e|ing)|payout|profit|recover\w*|funds?|account|company|assets?|spell|grand|bills)\b/u;
const PAYOUT = /\b(?:payouts?|withdrawals?)\b/u;
const TRADER_NAME = /[@#][\p{L}\p{N}._]*_[\p{L}\p{N}._]*|#\p{L}+fxt?\b/u;
const ANY_HANDLE = /@[\p{L}\p{N}._]+/gu;
const LINK_AMOUNT_OR_TAG = /https?:|www\.|\.com\b|[$£€]\s?\d|#/u;
const PRIVATE = /\b(?:dm|inbox|whatsapp|telegram)\b/u;

export const relabelRules: readonly {
  name: string;
  flips: (text: string, row: LabelledRow) => boolean;
}[] = [
  {
    name: 'ham → spam: offers to talk in private, with money, crypto or recovery words',
    flips: (t, r) => !r.spam && CONTACT.test(t) && FINANCE.test(t),
  },
  {
    name: 'ham → spam: payout or withdrawal testimonial naming an underscore or "fx" account',
    flips: (t, r) => !r.spam && PAYOUT.test(t) && TRADER_NAME.test(t),
  },
  {
    name: 'spam → ham: only addresses the creator; no link, amount, hashtag, other account or private contact',
    flips: (t, r) => {
      if (!r.spam || !r.creator) return false;
      const handles = t.match(ANY_HANDLE) ?? [];
      return (
        handles.length > 0 &&
        handles.every((h) => h.replace(/\.+$/u, '') === `@${r.creator}`) &&
        !LINK_AMOUNT_OR_TAG.test(t) &&
        !CONTACT.test(t) &&
        !PRIVATE.test(t)
      );
    },
  },
];

/** The rows with the relabelling rules applied (lower-cased text; ScamSpot rows only). */
export function relabelled(rows: readonly LabelledRow[]): {
  rows: LabelledRow[];
  flipped: number[];
} {
  const flipped = relabelRules.map(() => 0);
  const out = rows.map((r) => {
    if (!r.source.startsWith('scamspot:')) return r;
    const t = r.text.toLowerCase();
    const i = relabelRules.findIndex((rule) => rule.flips(t, r));
    if (i < 0) return r;
    flipped[i]!++;
    return { ...r, spam: !r.spam };
  });
  return { rows: out, flipped };
}
