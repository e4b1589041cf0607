import { CreatorRecord, creatorId } from '../../model/creator';
import { toIssues, type Issue } from '../../model/messages';
import { loadCampaigns } from '../collections';
import { StoreError } from '../context';
import { applyAddEntry, applyEntryPatch, applyPatch, newCreator } from '../creator-ops';
import { loadCreators, saveCreatorsTogether } from '../creators';
import type { Handlers } from './types';

export const batchHandlers: Handlers<'creator/update-campaigns'> = {
  /**
   * Many creators' campaign entries at once, all or nothing: every update is checked against the
   * records as they are now (inside the write queue), so a visit recorded after the page read its
   * data is kept; any update that cannot apply refuses the whole batch; the changed records and
   * their index entries are written in one `set`. Updates to the same creator apply in order.
   */
  async 'creator/update-campaigns'(request, ctx) {
    const now = ctx.now();
    const campaignIds = new Set((await loadCampaigns(ctx)).map((c) => c.id));
    const keys = [...new Map(request.updates.map((u) => [creatorId(u.key), u.key])).values()];
    const stored = new Map((await loadCreators(ctx, keys)).map((r) => [creatorId(r), r]));
    const changed = new Map<string, CreatorRecord>();
    const issues: Issue[] = [];
    request.updates.forEach((update, i) => {
      const path = `updates[${i}]`;
      const id = creatorId(update.key);
      if (update.campaignId !== null && !campaignIds.has(update.campaignId)) {
        issues.push({
          path: `${path}.campaignId`,
          message: `no campaign with id ${update.campaignId}`,
        });
        return;
      }
      let record = changed.get(id) ?? stored.get(id) ?? null;
      if (record === null && !update.add) {
        issues.push({ path: `${path}.key`, message: `no stored creator ${id}` });
        return;
      }
      record ??= newCreator(update.key, now);
      if (update.creatorOnly) {
        changed.set(id, update.creator ? applyPatch(record, update.creator, now) : record);
        return;
      }
      const inCampaign = record.campaigns.some((e) => e.campaignId === update.campaignId);
      if (!inCampaign && !update.add) {
        issues.push({
          path: `${path}.campaignId`,
          message: `${id} is not in campaign ${String(update.campaignId)}`,
        });
        return;
      }
      record = applyAddEntry(record, update.campaignId, now);
      record = applyEntryPatch(record, update.campaignId, update.patch, now);
      if (update.creator) record = applyPatch(record, update.creator, now);
      changed.set(id, record);
    });
    if (issues.length > 0)
      throw new StoreError(
        'not-found',
        `${issues.length} update${issues.length === 1 ? '' : 's'} cannot be applied; nothing was changed`,
        issues,
      );
    const records = [...changed.values()];
    records.forEach((record) => {
      const checked = CreatorRecord.safeParse(record);
      if (!checked.success) issues.push(...toIssues(checked.error, creatorId(record)));
    });
    if (issues.length > 0)
      throw new StoreError('bad-request', 'the updates would store an invalid creator', issues);
    await saveCreatorsTogether(ctx, records);
    return { updated: records.length };
  },
};
