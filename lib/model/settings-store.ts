import { z } from 'zod';
import { STORE_VERSION } from './creator';
import { RuleSettings, defaultRuleSettings } from './settings';
import { ColumnMapping } from './column-mapping';
import { defaultPlacement, PanelPlacement } from './panel-placement';

/** Who signs the outreach drafts ({sender}, {company} placeholders). */
export const Sender = z.object({
  name: z.string(),
  company: z.string(),
  email: z.string(),
  website: z.string(),
});
export type Sender = z.infer<typeof Sender>;

/** The user's settings record (storage key `settings`). */
export const UserSettings = z.object({
  schemaVersion: z.literal(STORE_VERSION),
  sender: Sender,
  /** The campaign the on-page shortlist button adds creators to; null = shortlist only. */
  activeCampaignId: z.string().min(1).nullable(),
  rules: RuleSettings,
  /** Results CSV column mappings the user confirmed, one per export format (by headerSignature). */
  resultsMappings: z.record(z.string().min(1), ColumnMapping),
  /** Where the on-page panel sits and whether it is folded, the same in every tab. */
  panelPlacement: PanelPlacement.default(defaultPlacement),
});
export type UserSettings = z.infer<typeof UserSettings>;

export const defaultUserSettings = (): UserSettings => ({
  schemaVersion: STORE_VERSION,
  sender: { name: '', company: '', email: '', website: '' },
  activeCampaignId: null,
  rules: structuredClone(defaultRuleSettings),
  resultsMappings: {},
  panelPlacement: { ...defaultPlacement },
});

/**
 * What `settings/set` accepts: `sender` merged field by field, `rules` replaced whole,
 * `resultsMappings` merged by signature (null forgets one). The active campaign is set with
 * `campaign/set-active`, which checks that the campaign exists.
 */
export const SettingsPatch = z.strictObject({
  sender: Sender.partial().optional(),
  rules: RuleSettings.optional(),
  resultsMappings: z.record(z.string().min(1).max(4000), ColumnMapping.nullable()).optional(),
  panelPlacement: PanelPlacement.optional(),
});
export type SettingsPatch = z.infer<typeof SettingsPatch>;
