import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { classifyComment } from '../../../../lib/rules/comments/classify';

/**
 * Ordinary Instagram/TikTok comments in 16 languages, written apart from the training sets
 * (tests/fixtures/SOURCES.md): the spam the seed names and the ordinary comments that share its
 * words. The shipped model is held to the shares the issue asks of it (recall and precision of spam
 * ≥ 0.95), with the misses named.
 */

const rows = readFileSync('tests/fixtures/comments/multilingual-probe.tsv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [label, set, text] = line.split('\t');
    return { label: label!, set: set!, text: text! };
  });
const spam = (text: string) => classifyComment(text).label === 'spam';

test('the probe holds spam and ordinary comments in many languages', () => {
  expect(rows.filter((r) => r.label === 'spam')).toHaveLength(82);
  expect(rows.filter((r) => r.label === 'genuine')).toHaveLength(88);
});

test('spam: at least 95% called spam (today 79 of 82)', () => {
  const missed = rows.filter((r) => r.label === 'spam' && !spam(r.text)).map((r) => r.text);
  expect(1 - missed.length / 82, `missed: ${missed.join(' | ')}`).toBeGreaterThanOrEqual(0.95);
});

test('called spam: at least 95% of them are spam (today 79 of 81)', () => {
  const called = rows.filter((r) => spam(r.text));
  const wrong = called.filter((r) => r.label !== 'spam').map((r) => r.text);
  expect(
    1 - wrong.length / called.length,
    `ordinary called spam: ${wrong.join(' | ')}`,
  ).toBeGreaterThanOrEqual(0.95);
});
