/**
 * Handles that look machine-made: TikTok's default `user` + digits (accounts that never picked a
 * name), long digit runs, and names padded with underscores or dots around a word. Such accounts are
 * rarely creators worth a look; the reason is returned so the panel can say why one was left out.
 */
export function botLikeHandle(handle: string): string | null {
  const h = handle.replace(/^@/, '').toLowerCase();
  if (/^user\d{5,}$/.test(h)) return "the platform's default name (user + digits)";
  if (/\d{7,}/.test(h)) return 'a long run of digits in the name';
  const letters = h.replace(/[^a-z\p{L}]/gu, '').length;
  if (h.length >= 6 && letters / h.length < 0.4) return 'a name made mostly of digits and symbols';
  if (/^[_.]{2,}|[_.]{3,}|[_.]{2,}$/.test(h)) return 'a name padded with underscores or dots';
  return null;
}

export const normalHandle = (handle: string): string => handle.replace(/^@/, '').toLowerCase();
