import { Campaign } from '../../model/campaign';
import type { RequestType } from '../../model/messages';
import { UserSettings, type SettingsPatch } from '../../model/settings-store';
import {
  loadCampaigns,
  loadSettings,
  loadTemplates,
  saveCampaigns,
  saveSettings,
  saveTemplates,
} from '../collections';
import { StoreError } from '../context';
import { readIndex } from '../creator-index';
import { applyUnshortlist } from '../creator-ops';
import { loadCreators, saveCreator } from '../creators';
import { parseCreatorId } from '../keys';
import type { Handlers } from './types';

type CollectionType = Extract<RequestType, `${'campaign' | 'template' | 'settings'}/${string}`>;

export const collectionHandlers: Handlers<CollectionType> = {
  async 'campaign/list'(_request, ctx) {
    const campaigns = await loadCampaigns(ctx);
    return { campaigns, activeCampaignId: (await loadSettings(ctx)).activeCampaignId };
  },

  async 'campaign/create'(request, ctx) {
    const now = ctx.now();
    const campaign: Campaign = {
      ...request.campaign,
      id: ctx.newId(),
      createdAt: now,
      updatedAt: now,
    };
    await saveCampaigns(ctx, [...(await loadCampaigns(ctx)), campaign]);
    return { campaign };
  },

  async 'campaign/update'(request, ctx) {
    const campaigns = await loadCampaigns(ctx);
    const current = campaigns.find((c) => c.id === request.id);
    if (!current) throw new StoreError('not-found', `no campaign with id ${request.id}`);
    const campaign = Campaign.parse({ ...current, ...request.patch, updatedAt: ctx.now() });
    await saveCampaigns(
      ctx,
      campaigns.map((c) => (c.id === campaign.id ? campaign : c)),
    );
    return { campaign };
  },

  /** Also takes the creators out of it (their other campaigns stay); the UI asks first. */
  async 'campaign/delete'(request, ctx) {
    const campaigns = await loadCampaigns(ctx);
    const kept = campaigns.filter((c) => c.id !== request.id);
    if (kept.length === campaigns.length) return { deleted: false, creatorsUpdated: 0 };
    const members = [...(await readIndex(ctx))].flatMap(([id, entry]) => {
      const key = entry.campaigns.includes(request.id) ? parseCreatorId(id) : null;
      return key ? [key] : [];
    });
    const now = ctx.now();
    let creatorsUpdated = 0;
    for (const record of await loadCreators(ctx, members)) {
      const next = applyUnshortlist(record, request.id, now);
      if (next === record) continue;
      await saveCreator(ctx, next);
      creatorsUpdated++;
    }
    await saveCampaigns(ctx, kept);
    const settings = await loadSettings(ctx);
    if (settings.activeCampaignId === request.id)
      await saveSettings(ctx, { ...settings, activeCampaignId: null });
    return { deleted: true, creatorsUpdated };
  },

  async 'campaign/set-active'(request, ctx) {
    if (request.id !== null && !(await loadCampaigns(ctx)).some((c) => c.id === request.id))
      throw new StoreError('not-found', `no campaign with id ${request.id}`);
    await saveSettings(ctx, { ...(await loadSettings(ctx)), activeCampaignId: request.id });
    return { activeCampaignId: request.id };
  },

  async 'template/list'(_request, ctx) {
    return { templates: await loadTemplates(ctx) };
  },

  /** Creates the template, or replaces the one with the same id. */
  async 'template/save'(request, ctx) {
    const templates = await loadTemplates(ctx);
    const exists = templates.some((t) => t.id === request.template.id);
    await saveTemplates(
      ctx,
      exists
        ? templates.map((t) => (t.id === request.template.id ? request.template : t))
        : [...templates, request.template],
    );
    return { template: request.template };
  },

  async 'template/delete'(request, ctx) {
    const templates = await loadTemplates(ctx);
    const kept = templates.filter((t) => t.id !== request.id);
    if (kept.length !== templates.length) await saveTemplates(ctx, kept);
    return { deleted: kept.length !== templates.length };
  },

  async 'settings/get'(_request, ctx) {
    return { settings: await loadSettings(ctx) };
  },

  async 'settings/set'(request, ctx) {
    const current = await loadSettings(ctx);
    const settings = UserSettings.parse({
      ...current,
      sender: { ...current.sender, ...request.patch.sender },
      ...(request.patch.rules && { rules: request.patch.rules }),
      resultsMappings: mergeMappings(current.resultsMappings, request.patch.resultsMappings),
      ...(request.patch.panelPlacement && { panelPlacement: request.patch.panelPlacement }),
    });
    await saveSettings(ctx, settings);
    return { settings };
  },
};

/** The patch's mappings over the stored ones, signature by signature; null forgets one. */
function mergeMappings(
  current: UserSettings['resultsMappings'],
  patch: SettingsPatch['resultsMappings'],
): UserSettings['resultsMappings'] {
  if (!patch) return current;
  const merged = { ...current };
  for (const [signature, mapping] of Object.entries(patch)) {
    if (mapping === null) delete merged[signature];
    else merged[signature] = mapping;
  }
  return merged;
}
