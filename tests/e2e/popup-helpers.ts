import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { browser } from 'wxt/browser';
import type { Campaign, CampaignInput } from '../../lib/model/campaign';
import type { RequestInput, RequestType, Response, ResponseData } from '../../lib/model/messages';
import type { PageReading } from '../../lib/model/reading';
import { toSnapshot } from '../../lib/rules/snapshot';
import { readTikTokPage } from '../../lib/sites/tiktok/read-page';
import { parseHtmlDocument } from '../../scripts/lib/parse-html';
import type { SavedPage } from '../../scripts/lib/saved-pages';

/** The extension API as extension pages see it (inside `evaluate`). */
declare const chrome: typeof browser;

/** Sends one store message from an extension page, as the popup does; fails on an error answer. */
export async function ask<T extends RequestType>(
  page: Page,
  request: RequestInput<T>,
): Promise<ResponseData<T>> {
  const response: Response<T> = await page.evaluate(
    (message) => chrome.runtime.sendMessage(message),
    request as unknown,
  );
  if (!response.ok) throw new Error(`${request.type}: ${response.error.message}`);
  return response.data;
}

/**
 * Creates a campaign named `name` (a brief of that name unless given; no dates, offer or landing
 * page unless given) and, unless told otherwise, makes it the active one.
 */
export async function createCampaign(
  page: Page,
  fields: Partial<CampaignInput> & { name: string },
  { active = true } = {},
): Promise<Campaign> {
  const { campaign } = await ask(page, {
    type: 'campaign/create',
    campaign: {
      brief: { name: fields.name },
      startsOn: null,
      endsOn: null,
      offer: null,
      templateIds: [],
      landingUrl: null,
      ...fields,
    },
  });
  if (active) await ask(page, { type: 'campaign/set-active', id: campaign.id });
  return campaign;
}

/** A saved TikTok page read by the real reader in Node, as the content script reads it. */
export function readSavedTikTok(saved: SavedPage): PageReading {
  const html = readFileSync(resolve(import.meta.dirname, '..', 'fixtures', saved.file), 'utf8');
  return readTikTokPage({ document: parseHtmlDocument(html), url: saved.url });
}

/**
 * Records a visit of the reading and shortlists the creator, as the panel would, without the
 * panel's UI. Unscored (the rules' comment model is a JSON module Playwright's loader refuses):
 * the counts are stored, the verdict is not.
 */
export async function seedShortlisted(page: Page, reading: PageReading): Promise<void> {
  const at = new Date().toISOString();
  const recorded = await ask(page, {
    type: 'creator/record-visit',
    reading,
    snapshot: toSnapshot(reading, null, at),
    verdict: null,
  });
  if (!recorded.recorded) throw new Error(`visit not recorded: ${recorded.reason}`);
  await ask(page, {
    type: 'creator/shortlist',
    key: { platform: reading.platform, handle: reading.handle! },
  });
}

/** A campaign with everything a first-contact draft needs, made active; and the sender's name. */
export async function seedCampaign(page: Page, name = 'Winter Stream Kit'): Promise<string> {
  const created = await ask(page, {
    type: 'campaign/create',
    campaign: {
      name,
      brief: { name, brand: 'Acme Chairs', product: 'quiet gaming chairs' },
      startsOn: '2026-01-10',
      endsOn: '2026-01-31',
      offer: { model: 'hybrid', flatFee: 500, commissionPct: 5, currency: 'EUR' },
      templateIds: [],
      landingUrl: 'https://acme.example/chairs',
    },
  });
  await ask(page, { type: 'campaign/set-active', id: created.campaign.id });
  await ask(page, { type: 'settings/set', patch: { sender: { name: 'Sam' } } });
  return created.campaign.id;
}
