import { describe, expect, test } from 'vitest';
import {
  importFailure,
  MAX_BACKUP_DEPTH,
  readJson,
  tooDeepLine,
} from '../../../lib/dashboard/import-errors';
import { checkBackup } from '../../../lib/store/backup';
import type { ErrorBody } from '../../../lib/model/messages';

const deep = (n: number) => `{\n"a":\n${'['.repeat(n)}1${']'.repeat(n)}\n}`;

describe('an over-deep JSON file', () => {
  test('is refused before it is sent, with its line and why, in words', () => {
    const read = readJson(deep(200_000));
    expect(read).toEqual({
      ok: false,
      errors: [
        {
          line: 3,
          field: null,
          message: `data nested more than ${MAX_BACKUP_DEPTH} levels deep: this is not a Creator Scout backup (a backup from the dashboard's Export JSON nests about ten)`,
        },
      ],
    });
  });
  test.each([
    [deep(MAX_BACKUP_DEPTH - 1), null],
    [deep(MAX_BACKUP_DEPTH), 3],
    ['{"text": "' + '['.repeat(500) + '"}', null],
    ['{"text": "\\"' + '['.repeat(500) + '"}', null],
    ['\n\n' + '{'.repeat(MAX_BACKUP_DEPTH + 1), 3],
  ])('tooDeepLine(%#) = %s (brackets inside strings do not count)', (text, line) => {
    expect(tooDeepLine(text)).toBe(line);
  });
});

describe('why the store refused a backup, in words', () => {
  const body = (code: ErrorBody['code'], message: string): ErrorBody => ({
    code,
    message,
    issues: [],
  });
  test.each([
    [
      body('unavailable', 'no answer from the store: Error: Could not serialize message.'),
      'the file is too large or too deeply nested to hand to the extension: is it a backup exported from the dashboard?',
    ],
    [
      body(
        'unavailable',
        'no answer from the store: Error: Message length exceeded maximum allowed length.',
      ),
      'the file is too large or too deeply nested to hand to the extension: is it a backup exported from the dashboard?',
    ],
    [
      body('unavailable', 'no answer from the store: Error: Could not establish connection.'),
      'the extension did not answer (it may be restarting or updating): try again in a moment',
    ],
    [
      body('storage-full', 'storage is full: QUOTA_BYTES quota exceeded'),
      "the browser's storage for Creator Scout is full: delete creators you no longer need, then import again",
    ],
  ])('%#', (error, words) => {
    expect(importFailure(error)).toBe(words);
    expect(importFailure(error)).not.toMatch(/serializ|QUOTA|Error:/);
  });
});

describe('a file that is not a backup says so', () => {
  test.each([
    [[], 'this file is not a Creator Scout backup (it holds no backup object)'],
    [
      { itemList: [] },
      'this JSON file is not a Creator Scout backup (a backup starts with "format": "creator-scout-backup"): export one from the dashboard',
    ],
    [
      { format: 'creator-scout-backup' },
      'the backup does not say which version wrote it (a whole number such as 3)',
    ],
  ])('%j', (raw, message) => {
    const check = checkBackup(raw);
    expect(!check.ok && check.issues.map((i) => i.message)).toEqual([message]);
  });
  test('missing lists and unversioned items are named in words', () => {
    const check = checkBackup({
      format: 'creator-scout-backup',
      version: 3,
      creators: [{ platform: 'instagram', handle: 'x' }],
    });
    expect(!check.ok && check.issues).toEqual([
      {
        path: 'creators[0]',
        message: 'does not say which version of Creator Scout wrote it (schemaVersion: nothing)',
      },
      { path: 'campaigns', message: 'the backup has no list of campaigns' },
      { path: 'templates', message: 'the backup has no list of templates' },
      { path: 'settings', message: 'the backup has no settings' },
    ]);
  });
});
