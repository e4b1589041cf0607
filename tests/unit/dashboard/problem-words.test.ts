import { expect, test } from 'vitest';
import { fieldWords, problemView } from '../../../lib/dashboard/problem-words';
import type { Problem } from '../../../lib/model/messages';

const problem = (patch: Partial<Problem>): Problem => ({
  id: 'p1',
  key: 'creator:instagram:ann',
  at: '2026-03-05T10:00:00.000Z',
  error: 'invalid fields replaced',
  issues: [],
  resolution: 'repaired',
  raw: null,
  ...patch,
});

// Every kind of problem the store writes (lib/store: creators, index, campaigns, templates,
// prospects, settings, the quarantine itself), with its own reason.
const CASES: { p: Partial<Problem>; what: string; page: string | null; why: RegExp }[] = [
  {
    p: {
      key: 'creator:instagram:ann',
      issues: [
        { path: 'campaigns[0].discountCode', message: 'Invalid input: expected string' },
        { path: 'lastReading.verdict.scores.spamRatio', message: 'Too big' },
      ],
    },
    what: 'The record of @ann on Instagram',
    page: '#/creator/instagram/ann',
    why: /details couldn’t be read/,
  },
  {
    p: {
      key: 'creator:tiktok:newer',
      resolution: 'quarantined',
      error:
        'written by a newer version of Creator Scout (schema 99; this one reads up to 8): update the extension',
    },
    what: 'The record of @newer on TikTok',
    page: '#/creators',
    why: /newer version of Creator Scout/,
  },
  {
    p: {
      key: 'creator:myspace:tom',
      resolution: 'quarantined',
      error: 'stored as a creator, but its key names no Instagram or TikTok account',
    },
    what: 'A stored creator that names no account',
    page: '#/creators',
    why: /names no Instagram or TikTok account/,
  },
  {
    p: { key: 'index:042', error: 'damaged index shard: rebuilt from the creator records' },
    what: 'Part of the list of your creators',
    page: '#/creators',
    why: /rebuilt/,
  },
  {
    p: {
      key: 'campaigns[2]',
      resolution: 'quarantined',
      error: 'invalid campaign',
      raw: { name: 'Spring kit', offer: 'x' },
      issues: [{ path: 'offer', message: 'Invalid input' }],
    },
    what: 'Campaign “Spring kit”',
    page: '#/campaigns',
    why: /contents couldn’t be read/,
  },
  {
    p: {
      key: 'templates[0]',
      resolution: 'quarantined',
      error: 'migration 3→4 failed: TypeError',
    },
    what: 'Template number 1',
    page: '#/templates',
    why: /brought up to date/,
  },
  {
    p: {
      key: 'campaigns',
      resolution: 'quarantined',
      error: 'expected { schemaVersion, items: [] }',
    },
    what: 'Your campaigns',
    page: '#/campaigns',
    why: /contents couldn’t be read/,
  },
  {
    p: {
      key: 'prospects[3]',
      resolution: 'quarantined',
      error: 'invalid prospect',
      raw: { handle: 'cat' },
    },
    what: 'An account on your list to vet (@cat)',
    page: '#/to-vet',
    why: /contents couldn’t be read/,
  },
  {
    p: { key: 'prospects', resolution: 'quarantined', error: 'made by a newer version (3)' },
    what: 'Your list of accounts to vet',
    page: '#/to-vet',
    why: /newer version/,
  },
  {
    p: {
      key: 'settings',
      issues: [{ path: 'sender.email', message: 'Invalid email address' }],
    },
    what: 'Your settings',
    page: '#/settings',
    why: /details couldn’t be read/,
  },
  {
    p: { key: 'quarantine', resolution: 'quarantined', error: 'unreadable quarantine entry' },
    what: 'An entry of this list of problems',
    page: null,
    why: /contents couldn’t be read/,
  },
];

test.each(CASES)('$p.key: “$what”', ({ p, what, page, why }) => {
  const full = problem(p);
  const view = problemView(full);
  expect(view.what).toBe(what);
  expect(view.page?.href ?? null).toBe(page);
  expect(view.why).toMatch(why);
  expect(view.when).toMatch(/2026/);
  // Nothing a marketer reads holds the storage key, a field path or zod's own message.
  const shown = [view.what, view.why, view.outcome, view.when, ...view.fields].join('\n');
  if (/[:[]/.test(full.key)) expect(shown).not.toContain(full.key);
  expect(shown).not.toMatch(/\w\.\w|\[\d+\]|schema|\{|Invalid input|index:|creator:/);
  for (const issue of full.issues) expect(shown).not.toContain(issue.message);
});

test('a field path reads as words, the innermost first', () => {
  expect(fieldWords('campaigns[0].discountCode')).toBe('discount code (in campaigns)');
  expect(fieldWords('lastReading.verdict.scores.spamRatio')).toBe(
    'spam ratio (in last reading, verdict, scores)',
  );
  expect(fieldWords('utm_source')).toBe('utm source');
  expect(fieldWords('(root)')).toBeNull();
});

test('repaired and set-aside records say what became of them', () => {
  expect(problemView(problem({ resolution: 'repaired' })).outcome).toMatch(/Still in use/);
  expect(problemView(problem({ resolution: 'quarantined' })).outcome).toMatch(/Set aside/);
});
