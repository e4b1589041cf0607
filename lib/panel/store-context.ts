import type { Brief } from '../model/brief';
import type { CreatorRecord } from '../model/creator';
import type { RequestInput, RequestType, Response } from '../model/messages';
import type { PageReading, Platform } from '../model/reading';
import { defaultRuleSettings, type RuleSettings } from '../model/settings';
import { t } from '../i18n/messages';

/** The store's typed client as the panel uses it (lib/store/client.ts in the extension). */
export type Send = <T extends RequestType>(request: RequestInput<T>) => Promise<Response<T>>;

/** A send that turns a thrown error (no background) into an error response. */
export const safeSend =
  (send: Send): Send =>
  (request) =>
    send(request).catch((error: unknown) => ({
      ok: false as const,
      error: { code: 'unavailable' as const, message: String(error), issues: [] },
    }));

/** What the rules score with besides the reading: the active campaign's brief and the settings. */
export interface CampaignContext {
  brief: Brief | null;
  campaignId: string | null;
  campaignName: string | null;
  settings: RuleSettings;
}

export const defaultCampaignContext: CampaignContext = {
  brief: null,
  campaignId: null,
  campaignName: null,
  settings: defaultRuleSettings,
};

/** The creator key of a reading (`platform:handle`, handle as the store keys it), or null. */
export function creatorKeyOf(platform: Platform, reading: PageReading | null): string | null {
  const raw: unknown = reading?.handle;
  const handle = typeof raw === 'string' ? raw.trim().replace(/^@/, '').toLowerCase() : null;
  return handle ? `${platform}:${handle}` : null;
}

export function keyParts(key: string): { platform: Platform; handle: string } {
  const colon = key.indexOf(':');
  return { platform: key.slice(0, colon) as Platform, handle: key.slice(colon + 1) };
}

/** The active campaign and rule settings; what could not be loaded keeps its default. */
export async function loadCampaignContext(
  send: Send,
): Promise<{ context: CampaignContext; problem: string | null }> {
  const [list, settings] = await Promise.all([
    send({ type: 'campaign/list' }),
    send({ type: 'settings/get' }),
  ]);
  const context: CampaignContext = { ...defaultCampaignContext };
  if (settings.ok) context.settings = settings.data.settings.rules;
  if (list.ok) {
    const active = list.data.campaigns.find((c) => c.id === list.data.activeCampaignId) ?? null;
    context.campaignId = active?.id ?? null;
    context.campaignName = active?.name ?? null;
    context.brief = active?.brief ?? null;
  }
  const failed = !list.ok ? list.error : !settings.ok ? settings.error : null;
  return {
    context,
    problem: failed ? t('couldntLoadCampaignSettings', failed.message) : null,
  };
}

/** The stored creator (history, campaigns), null when never seen. */
export async function loadCreatorRecord(
  send: Send,
  key: string,
): Promise<{ record: CreatorRecord | null; problem: string | null }> {
  const response = await send({ type: 'creator/get', key: keyParts(key) });
  return response.ok
    ? { record: response.data.creator, problem: null }
    : { record: null, problem: t('couldntLoadHistory', response.error.message) };
}
