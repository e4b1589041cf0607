import { expect, test } from 'vitest';
import { COLUMNS, DEFAULT_COLUMNS, visibleColumns } from '../../../lib/dashboard/columns';

test('the default columns leave platform, tier, campaign, notes, tags and the last 6 months to the chooser', () => {
  expect(visibleColumns(null).map((c) => c.id)).toEqual([...DEFAULT_COLUMNS]);
  for (const id of ['platform', 'tier', 'campaign', 'notes', 'tags', 'recentWork'])
    expect(DEFAULT_COLUMNS).not.toContain(id);
});

test('chosen columns keep the table order, always with the handle, ignoring unknown ids', () => {
  expect(visibleColumns(['tags', 'followers', 'nonsense']).map((c) => c.id)).toEqual([
    'handle',
    'followers',
    'tags',
  ]);
  expect(visibleColumns([]).map((c) => c.id)).toEqual(['handle']);
  expect(visibleColumns(COLUMNS.map((c) => c.id))).toHaveLength(COLUMNS.length);
});
