import { z } from 'zod';
import { Brief } from './brief';
import { Offer } from './offer';
import { CampaignPlan } from './plan';
import { isoTime } from './iso-time';
import { SCHEMA_WORDS } from './schema-words';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, SCHEMA_WORDS.vmDay);
const httpUrl = z
  .string()
  .refine((s) => /^https?:\/\//i.test(s) && URL.canParse(s), SCHEMA_WORDS.vmHttpUrl);

/** What the user edits: a campaign without the fields the store assigns. */
export const CampaignInput = z.object({
  name: z.string().trim().min(1),
  brief: Brief.nullable(),
  startsOn: day.nullable(),
  endsOn: day.nullable(),
  offer: Offer.nullable(),
  /** Outreach templates offered for this campaign (Template ids). */
  templateIds: z.array(z.string().min(1)),
  /** The page tracked links point to; UTM parameters are added per creator. */
  landingUrl: httpUrl.nullable(),
  /** The discount the creators' codes give ("JANE15" for 15); null when codes carry no number. */
  discountPct: z.number().int().min(1).max(100).nullable().default(null),
  /** Objective, KPI targets, budget and creator count; null until the marketer plans it. */
  plan: CampaignPlan.nullable().default(null),
});
export type CampaignInput = z.infer<typeof CampaignInput>;

export const Campaign = CampaignInput.extend({
  id: z.string().min(1),
  createdAt: isoTime,
  updatedAt: isoTime,
});
export type Campaign = z.infer<typeof Campaign>;

type NoDefaults<S extends z.ZodRawShape> = {
  [K in keyof S]: S[K] extends z.ZodDefault<infer Inner> ? Inner : S[K];
};

/** The shape with its defaults taken off: a patch must not reset the fields it leaves out. */
function withoutDefaults<S extends z.ZodRawShape>(shape: S): NoDefaults<S> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [
      key,
      schema instanceof z.ZodDefault ? schema.unwrap() : schema,
    ]),
  ) as NoDefaults<S>;
}

/**
 * What `campaign/update` takes: any of the fields, and only those change. (A plain `.partial()`
 * would still fill a missing field that has a default: saving the brief emptied the discount.)
 */
export const CampaignPatch = z.object(withoutDefaults(CampaignInput.shape)).partial().strict();
export type CampaignPatch = z.infer<typeof CampaignPatch>;
