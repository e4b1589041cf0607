import { dmActionLabel, dmButtonLabel } from '../i18n/labels';
import { PLATFORMS } from '../model/platforms';
import type { Platform } from '../model/reading';

/**
 * Where to write to a creator: Instagram's direct-message link (ig.me/m/<handle>), TikTok's
 * profile (TikTok has no public link that opens a DM). Opened by the user as a plain link: no
 * request of ours, no extra permission.
 */
export interface DmLink {
  url: string;
  /** What the link opens, for its accessible name: "Message on Instagram". */
  label: string;
  /** The button's short text: "DM". */
  button: string;
}

/** Handles as both platforms allow them: letters, digits, "." and "_" (Instagram ≤ 30, TikTok ≤ 24). */
const HANDLE = /^[A-Za-z0-9._]{1,30}$/;

export function isLinkableHandle(handle: string): boolean {
  return HANDLE.test(handle.replace(/^@/, ''));
}

/** The DM link, or null for a handle the platform could not have (never a link built from junk). */
export function dmLink(platform: Platform, handle: string): DmLink | null {
  const h = handle.replace(/^@/, '');
  if (!isLinkableHandle(h)) return null;
  const dm = PLATFORMS[platform].dm;
  return { url: dm.url(h), label: dmActionLabel(platform), button: dmButtonLabel(platform) };
}

/** The creator's profile page. */
export function profileLink(platform: Platform, handle: string): string | null {
  const h = handle.replace(/^@/, '');
  if (!isLinkableHandle(h)) return null;
  return PLATFORMS[platform].profileUrl(h);
}
