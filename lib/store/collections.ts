import type { z } from 'zod';
import { Campaign } from '../model/campaign';
import { STORE_VERSION } from '../model/creator';
import { defaultUserSettings, type UserSettings } from '../model/settings-store';
import { Template } from '../model/template';
import type { StoreContext } from './context';
import { CAMPAIGNS_KEY, SETTINGS_KEY, TEMPLATES_KEY } from './keys';
import { withProblems } from './problems';
import { reviveList, reviveSettings } from './revive';

/** Campaigns, templates and settings: small documents, read and written whole (inside the queue). */

export async function loadSettings(ctx: StoreContext): Promise<UserSettings> {
  const raw = (await ctx.area.get([SETTINGS_KEY]))[SETTINGS_KEY];
  const revived = reviveSettings(raw);
  if (revived.status === 'ok') {
    if (revived.writeBack) await saveSettings(ctx, revived.value);
    return revived.value;
  }
  const value = revived.status === 'repaired' ? revived.value : defaultUserSettings();
  const problem = {
    key: SETTINGS_KEY,
    raw,
    error: revived.status === 'repaired' ? 'invalid fields replaced' : revived.error,
    issues: revived.issues,
    resolution: revived.status,
  };
  await ctx.area.set({ ...(await withProblems(ctx, [problem])), [SETTINGS_KEY]: value });
  return value;
}

export async function saveSettings(ctx: StoreContext, settings: UserSettings): Promise<void> {
  await ctx.area.set({ [SETTINGS_KEY]: settings });
}

async function loadList<T>(
  ctx: StoreContext,
  key: string,
  kind: 'campaign' | 'template',
  schema: z.ZodType<T>,
): Promise<T[]> {
  const raw = (await ctx.area.get([key]))[key];
  const revived = reviveList(raw, key, kind, schema);
  if (revived.changed) {
    const problems = revived.problems.map((p) => ({ ...p, resolution: 'quarantined' as const }));
    await ctx.area.set({
      ...(problems.length > 0 ? await withProblems(ctx, problems) : {}),
      [key]: listDocument(revived.items),
    });
  }
  return revived.items;
}

export const listDocument = <T>(items: T[]) => ({ schemaVersion: STORE_VERSION, items });

export const loadCampaigns = (ctx: StoreContext) =>
  loadList(ctx, CAMPAIGNS_KEY, 'campaign', Campaign);
export const loadTemplates = (ctx: StoreContext) =>
  loadList(ctx, TEMPLATES_KEY, 'template', Template);

export async function saveCampaigns(ctx: StoreContext, campaigns: Campaign[]): Promise<void> {
  await ctx.area.set({ [CAMPAIGNS_KEY]: listDocument(campaigns) });
}

export async function saveTemplates(ctx: StoreContext, templates: Template[]): Promise<void> {
  await ctx.area.set({ [TEMPLATES_KEY]: listDocument(templates) });
}
