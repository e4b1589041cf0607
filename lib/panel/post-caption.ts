import type { Brief } from '../model/brief';
import type { CreatorRecord } from '../model/creator';
import { PLATFORMS, platformName } from '../model/platforms';
import type { PageReading } from '../model/reading';
import { checkCaption } from '../rules/caption/check-caption';
import { CAPTION_TEXT } from '../rules/caption/wording';

/** What the panel says about a campaign post's caption (kept together for a later _locales move). */
export const POST_CAPTION_TEXT = {
  title: (campaign: string) => `Approval checks for “${campaign}”`,
  noCaption: 'Couldn’t read this post’s caption: check it by hand',
  noDisclosure: 'No ad disclosure in the caption',
  platformLabel: (platform: string) => `${platform} shows its paid-partnership label on this post`,
  disclosureAt: (tag: string, at: number, cutoff: number, before: boolean) =>
    before
      ? `Disclosure “${tag}” at character ${at}: shows before “more” (first ${cutoff} characters)`
      : `Disclosure “${tag}” at character ${at}: hidden behind “more” (only the first ${cutoff} show)`,
  code: (code: string) => `Discount code ${code}`,
  link: 'Tracked link',
  brand: (brand: string) => `Brand named (${brand})`,
  allClear: 'Nothing else to fix in the caption',
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
  const t = POST_CAPTION_TEXT;
  const title = t.title(input.campaignName ?? '');
  const post = reading.posts[0];
  const caption = post?.caption ?? null;
  const platformLabel = post?.paidPartnership
    ? [{ ok: true, text: t.platformLabel(platformName(reading.platform)) }]
    : [];
  if (caption === null || !caption.trim()) {
    return {
      title,
      disclosureAt: null,
      beforeCutoff: null,
      lines: [{ ok: false, text: t.noCaption }, ...platformLabel],
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
          text: t.disclosureAt(d.tag!, d.position! + 1, cutoff, d.beforeCutoff !== false),
        }
      : { ok: false, text: t.noDisclosure },
    ...platformLabel,
  ];
  if (check.code !== null) lines.push({ ok: check.code, text: t.code(entry.discountCode!.trim()) });
  if (check.link !== null) lines.push({ ok: check.link, text: t.link });
  if (check.brand !== null)
    lines.push({ ok: check.brand, text: t.brand(input.brief!.brand!.trim()) });
  const problems = [
    ...check.competitors.map(CAPTION_TEXT.competitor),
    ...check.excludedTopics.map(CAPTION_TEXT.excludedTopic),
  ];
  return {
    title,
    disclosureAt: d.found ? d.position : null,
    beforeCutoff: d.beforeCutoff,
    lines,
    problems,
  };
}
