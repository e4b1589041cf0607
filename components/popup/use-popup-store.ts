import { useCallback, useEffect, useState } from 'react';
import { t } from '../../lib/i18n/messages';
import type { Campaign } from '../../lib/model/campaign';
import type { CampaignEntry, CreatorRecord, PipelineStatus } from '../../lib/model/creator';
import type { UserSettings } from '../../lib/model/settings-store';
import type { Template } from '../../lib/model/template';
import { planTracking, type TrackingNeeds } from '../../lib/popup';
import { AWAITING_APPROVAL } from '../../lib/rules/caption/approvals-due';
import { sendMessage } from '../../lib/store/client';

export interface PopupData {
  campaigns: Campaign[];
  activeCampaignId: string | null;
  settings: UserSettings;
  /** The user's stored templates (the built-in ones are added by lib/popup templatesFor). */
  templates: Template[];
  /** Creators on the active campaign's shortlist (or the shortlist without a campaign). */
  creators: CreatorRecord[];
  /** Creators signed or in content approval in any campaign: their drafts may be due for approval. */
  awaitingApproval: CreatorRecord[];
  /** Ambassadors in any campaign: they may be due for their monthly check-in. */
  ambassadors: CreatorRecord[];
}

export type PopupState =
  { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; data: PopupData };

/** The result of an action, for a status line. */
export type ActionResult = { ok: true } | { ok: false; message: string };

async function load(): Promise<PopupState> {
  const [campaigns, settings, templates] = await Promise.all([
    sendMessage({ type: 'campaign/list' }),
    sendMessage({ type: 'settings/get' }),
    sendMessage({ type: 'template/list' }),
  ]);
  if (!campaigns.ok) return { kind: 'error', message: campaigns.error.message };
  if (!settings.ok) return { kind: 'error', message: settings.error.message };
  const activeCampaignId = campaigns.data.activeCampaignId;
  const creators = await sendMessage({
    type: 'creator/list',
    filter: { scope: 'shortlisted', campaignId: activeCampaignId },
  });
  if (!creators.ok) return { kind: 'error', message: creators.error.message };
  // Only the statuses whose drafts await approval: a small list, whatever the shortlist's size.
  const awaiting = await Promise.all(
    AWAITING_APPROVAL.map((status) =>
      sendMessage({ type: 'creator/list', filter: { scope: 'shortlisted', status } }),
    ),
  );
  const byId = new Map<string, CreatorRecord>();
  for (const res of awaiting)
    if (res.ok) for (const c of res.data.creators) byId.set(`${c.platform}:${c.handle}`, c);
  // Only ambassadors, for the check-in reminders (lib/rules/ambassador/check-ins.ts).
  const ambassadors = await sendMessage({
    type: 'creator/list',
    filter: { scope: 'shortlisted', status: 'ambassador' },
  });
  return {
    kind: 'ready',
    data: {
      campaigns: campaigns.data.campaigns,
      activeCampaignId,
      settings: settings.data.settings,
      // A template list that cannot be read leaves the built-in templates.
      templates: templates.ok ? templates.data.templates : [],
      creators: creators.data.creators,
      // A list that cannot be read leaves the reminders out, not the popup.
      awaitingApproval: [...byId.values()],
      ambassadors: ambassadors.ok ? ambassadors.data.creators : [],
    },
  };
}

/** The popup's data from the background store, and the few writes the popup makes. */
export function usePopupStore() {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });

  const reload = useCallback(async () => {
    setState(await load());
  }, []);

  useEffect(() => {
    let live = true;
    void load().then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, []);

  const replaceCreator = useCallback((creator: CreatorRecord) => {
    setState((s) =>
      s.kind !== 'ready'
        ? s
        : {
            ...s,
            data: {
              ...s.data,
              creators: s.data.creators.map((c) =>
                c.platform === creator.platform && c.handle === creator.handle ? creator : c,
              ),
              awaitingApproval: s.data.awaitingApproval.map((c) =>
                c.platform === creator.platform && c.handle === creator.handle ? creator : c,
              ),
              ambassadors: s.data.ambassadors.map((c) =>
                c.platform === creator.platform && c.handle === creator.handle ? creator : c,
              ),
            },
          },
    );
  }, []);

  const updateEntry = useCallback(
    async (
      record: CreatorRecord,
      campaignId: string | null,
      patch: Partial<Pick<CampaignEntry, 'status' | 'discountCode' | 'trackingLink'>>,
    ): Promise<ActionResult> => {
      const res = await sendMessage({
        type: 'creator/update-campaign',
        key: { platform: record.platform, handle: record.handle },
        campaignId,
        patch,
      });
      if (!res.ok) return { ok: false, message: res.error.message };
      replaceCreator(res.data.creator);
      return { ok: true };
    },
    [replaceCreator],
  );

  const setStatus = useCallback(
    (record: CreatorRecord, campaignId: string | null, status: PipelineStatus) =>
      updateEntry(record, campaignId, { status }),
    [updateEntry],
  );

  const setActiveCampaign = useCallback(
    async (id: string | null): Promise<ActionResult> => {
      const res = await sendMessage({ type: 'campaign/set-active', id });
      if (!res.ok) return { ok: false, message: res.error.message };
      await reload();
      return { ok: true };
    },
    [reload],
  );

  /**
   * Makes the discount code and tracked link a draft needs, once: checked against every stored
   * code, saved with creator/update-campaign. Problems (no landing page…) come back as messages.
   */
  const ensureTracking = useCallback(
    async (
      record: CreatorRecord,
      campaign: Campaign | null,
      needs: TrackingNeeds,
      rules: {
        tiers: UserSettings['rules']['tiers'];
        platformParam: UserSettings['rules']['links']['platformParam'];
      },
    ): Promise<string[]> => {
      const entry = record.campaigns.find((e) => e.campaignId === (campaign?.id ?? null)) ?? null;
      const wanted = (needs.code && !entry?.discountCode) || (needs.link && !entry?.trackingLink);
      if (!wanted) return [];
      const all = await sendMessage({ type: 'creator/list', filter: { scope: 'shortlisted' } });
      if (!all.ok) return [t('codesCheckFailed', all.error.message)];
      const plan = planTracking({
        record,
        campaign,
        entry,
        allCreators: all.data.creators,
        tiers: rules.tiers,
        platformParam: rules.platformParam,
        needs,
      });
      if (Object.keys(plan.patch).length === 0) return plan.problems;
      const saved = await updateEntry(record, campaign?.id ?? null, plan.patch);
      return saved.ok ? plan.problems : [...plan.problems, t('saveFailed', saved.message)];
    },
    [updateEntry],
  );

  return { state, reload, setStatus, setActiveCampaign, ensureTracking };
}

export type PopupStore = ReturnType<typeof usePopupStore>;
