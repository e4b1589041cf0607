import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { textInCode } from './text-in-code';

const root = resolve(import.meta.dirname, '..', '..', '..');

/**
 * The screens whose words all come from public/_locales, and the modules of rules sentences that
 * already say theirs through messages.
 */
const LOCALISED = [
  'components/popup',
  'components/panel',
  'components/common',
  'components/outreach',
  'components/prospects',
  'components/charts',
  'entrypoints',
  'components/dashboard',
  'lib/dashboard/columns.ts',
  'lib/rules/caption/wording.ts',
  'lib/rules/pricing/price-text.ts',
  'lib/dashboard/creator-view.ts',
  'lib/dashboard/top-performers.ts',
  'lib/rules/caption/approvals-due.ts',
  'lib/rules/ambassador/check-ins.ts',
  'lib/rules/campaign/competitor-window.ts',
  'lib/dashboard/plan-form.ts',
  'lib/dashboard/offer-form.ts',
  'lib/i18n',
  'lib/panel',
  'lib/offer',
  'lib/dashboard/problem-words.ts',
  'lib/dashboard/route.ts',
  'lib/dashboard/results-view.ts',
  'lib/dashboard/import-errors.ts',
  'lib/dashboard/deliverables-view.ts',
  'lib/dashboard/format-view.ts',
  'lib/outreach/placeholders.ts',
  'lib/outreach/first-name.ts',
  'lib/outreach/tracked-link.ts',
  'lib/popup/draft-input.ts',
  'lib/popup/tracking.ts',
  'lib/prospects/view.ts',
  'lib/prospects/discover.ts',
];

const sources = (dir: string): string[] =>
  /\.(ts|tsx)$/.test(dir)
    ? [dir]
    : readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? sources(join(dir, e.name))
          : /\.(ts|tsx)$/.test(e.name)
            ? [join(dir, e.name)]
            : [],
      );

test(
  'no word a person reads is written in the popup, panel and shared components',
  { timeout: 30_000 },
  () => {
    const found = LOCALISED.flatMap((dir) => sources(join(root, dir))).flatMap((file) =>
      textInCode(readFileSync(file, 'utf8'), file).map(
        (x) => `${relative(root, file)}:${x.line}: ${JSON.stringify(x.text)}`,
      ),
    );
    expect(found).toEqual([]);
  },
);

test.each([
  ['JSX text', 'const A = () => <p>Copy draft</p>;'],
  ['a title', 'const A = () => <p title="Followers at the last visit">{x}</p>;'],
  ['an accessible name', "const A = () => <button aria-label={'Fold'}>{x}</button>;"],
  ['a placeholder in a template', 'const A = (n: number) => <p title={`Draft for ${n}`}>{x}</p>;'],
  ['a notice', "setNotice('Copied');"],
  ['a sentence', "const why = 'the draft is empty';"],
])('the check finds %s', (_, code) => {
  expect(textInCode(code, 'a.tsx')).toHaveLength(1);
});

test.each([
  ['a message key', "t('draftCopy');"],
  ['an import', "import { x } from './a b';"],
  ['a class and a test id', '<p className="item-name muted" data-testid="scout-draft">{x}</p>'],
  ['a comparison', "if (e.key === 'Enter') go();"],
  ['a log line', "console.warn('[Creator Scout] could not save', e);"],
  ['CSS', "const s = 'color-scheme: light dark;';"],
  ['a message type', "send({ type: 'creator/list' });"],
])('the check leaves %s alone', (_, code) => {
  expect(textInCode(code, 'a.tsx')).toEqual([]);
});
