import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reviveSettings } from '../../../lib/store/revive';
import * as v002 from './examples/v002';
import { ok, testServer } from './helpers';

beforeEach(() => fakeBrowser.reset());

const shopify = {
  version: 1,
  columns: { code: 'Discount code', revenue: 'Total sales' },
  decimal: ',',
} as const;
const ga4 = { version: 1, columns: { link: 'Page', clicks: 'Sessions' }, decimal: '.' } as const;

describe('results column mappings in settings', () => {
  test('start empty; set by signature, merged with the others; null forgets one', async () => {
    const { ask } = testServer();
    expect((await ok(ask({ type: 'settings/get' }))).settings.resultsMappings).toEqual({});
    await ok(ask({ type: 'settings/set', patch: { resultsMappings: { 'code|sales': shopify } } }));
    const both = await ok(
      ask({ type: 'settings/set', patch: { resultsMappings: { 'page|sessions': ga4 } } }),
    );
    expect(both.settings.resultsMappings).toEqual({ 'code|sales': shopify, 'page|sessions': ga4 });
    const one = await ok(
      ask({ type: 'settings/set', patch: { resultsMappings: { 'code|sales': null } } }),
    );
    expect(one.settings.resultsMappings).toEqual({ 'page|sessions': ga4 });
    // Other settings patches leave them alone.
    const named = await ok(ask({ type: 'settings/set', patch: { sender: { name: 'Alex' } } }));
    expect(named.settings.resultsMappings).toEqual({ 'page|sessions': ga4 });
  });

  test.each([
    ['no identifier column', { version: 1, columns: { revenue: 'Sales' } }],
    ['no value column', { version: 1, columns: { code: 'Code' } }],
    ['an unknown version', { ...shopify, version: 2 }],
    ['an unknown field', { ...shopify, columns: { ...shopify.columns, margin: 'Margin' } }],
  ])('a mapping with %s is refused', async (_name, mapping) => {
    const { ask } = testServer();
    const res = await ask({
      type: 'settings/set',
      patch: { resultsMappings: { sig: mapping } },
    } as never);
    expect(!res.ok && res.error.code).toBe('bad-request');
  });

  test('a stored mapping that no longer validates is dropped alone, the rest repaired in place', () => {
    const revived = reviveSettings({
      ...v002.settings,
      resultsMappings: { ...v002.settings.resultsMappings, broken: { version: 9 } },
    });
    expect(revived.status).toBe('repaired');
    if (revived.status !== 'repaired') return;
    expect(Object.keys(revived.value.resultsMappings)).toEqual([
      'discount code|total sales|orders',
    ]);
    expect(revived.value.sender.name).toBe('Alex');
    expect(new Set(revived.issues.map((i) => i.path.split('.').slice(0, 2).join('.')))).toEqual(
      new Set(['resultsMappings.broken']),
    );
  });
});
