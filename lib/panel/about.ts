import type { PageReading } from '../model/reading';
import { displayText, httpUrl } from './text';

/** Who the page is about: name, handle and bio link, as inert text (the link only when http(s)). */
export interface AboutView {
  name: string | null;
  handle: string | null;
  link: { text: string; href: string | null } | null;
}

export function aboutView(reading: PageReading): AboutView {
  const p = reading.profile;
  const raw = p?.externalUrl ?? null;
  return {
    name: p?.displayName ? displayText(p.displayName, 80) || null : null,
    handle: reading.handle ? displayText(reading.handle, 60) || null : null,
    link: raw ? { text: displayText(raw, 80), href: httpUrl(raw) } : null,
  };
}
