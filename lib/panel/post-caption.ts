import type { Brief } from '../model/brief';
import type { CreatorRecord } from '../model/creator';
import { PLATFORMS, platformName } from '../model/platforms';
import type { PageReading } from '../model/reading';
import { checkCaption } from '../rules/caption/check-caption';
import { CAPTION_TEXT } from '../rules/caption/wording';
import { t } from '../i18n/messages';

/** What the panel says about a campaign post's caption (kept together for a later _locales move). */
export const POST_CAPTION_TEXT = {
  title: (campaign: string) => t('approvalChecksFor', campaign),
  noCaption: () => t('captionUnreadable'),
  noDisclosure: () => t('noAdDisclosure'),
  platformLabel: (platform: string) => t('platformPaidLabel', platform),
  disclosureAt: (tag: string, at: number, cutoff: number, before: boolean) =>
    t(before ? 'disclosureBefore' : 'disclosureHidden', tag, at, cutoff),
  code: (code: string) => t('discountCodeNamed', code),
  link: () => t('trackedLink'),
  brand: (brand: string) => t('brandNamed', brand),
  allClear: () => t('captionAllClear'),
};

export interface CaptionLine {
  ok: boolean;
  text: string;
}

export interface PostCaptionView {
  title: string;
  /** Characters before the disclosure (0 = first), null when none was found. */
  disclosureAt: number | null;
  beforeCutoff: boolean | null;
  lines: CaptionLine[];
  /** Competitors and excluded topics the caption names, in words. */
  problems: string[];
}

/**
 * The approval checks of the active campaign on the post or video the page shows, when its author
 * is shortlisted in that campaign; null otherwise (nothing to approve).
 */
export function postCaptionView(input: {
  reading: PageReading | null;
  record: Pick<CreatorRecord, 'campaigns'> | null;
  campaignId: string | null;
  campaignName: string | null;
  brief: Brief | null;
}): PostCaptionView | null {
  const { reading, record, campaignId } = input;
  if (!reading || reading.status !== 'ok') return null;
  if (reading.page !== 'post' && reading.page !== 'video') return null;
  const entry = campaignId ? record?.campaigns.find((c) => c.campaignId === campaignId) : undefined;
  if (!entry) return null;
  const w = POST_CAPTION_TEXT;
  const title = w.title(input.campaignName ?? '');
  const post = reading.posts[0];
  const caption = post?.caption ?? null;
  const platformLabel = post?.paidPartnership
    ? [{ ok: true, text: w.platformLabel(platformName(reading.platform)) }]
    : [];
  if (caption === null || !caption.trim()) {
    return {
      title,
      disclosureAt: null,
      beforeCutoff: null,
      lines: [{ ok: false, text: w.noCaption() }, ...platformLabel],
      problems: [],
    };
  }
  const check = checkCaption({
    caption,
    platform: reading.platform,
    brief: input.brief,
    code: entry.discountCode,
    link: entry.trackingLink,
  });
  const d = check.disclosure;
  const cutoff = PLATFORMS[reading.platform].captionCutoff;
  const lines: CaptionLine[] = [
    d.found
      ? {
          ok: d.beforeCutoff !== false,
          text: w.disclosureAt(d.tag!, d.position! + 1, cutoff, d.beforeCutoff !== false),
        }
      : { ok: false, text: w.noDisclosure() },
    ...platformLabel,
  ];
  if (check.code !== null) lines.push({ ok: check.code, text: w.code(entry.discountCode!.trim()) });
  if (check.link !== null) lines.push({ ok: check.link, text: w.link() });
  if (check.brand !== null)
    lines.push({ ok: check.brand, text: w.brand(input.brief!.brand!.trim()) });
  const problems = [
    ...check.competitors.map((c) => CAPTION_TEXT.competitor(c)),
    ...check.excludedTopics.map((x) => CAPTION_TEXT.excludedTopic(x)),
  ];
  return {
    title,
    disclosureAt: d.found ? d.position : null,
    beforeCutoff: d.beforeCutoff,
    lines,
    problems,
  };
}
