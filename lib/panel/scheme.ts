/** The page's light or dark look, so that the panel follows it. */
export type Scheme = 'light' | 'dark';

interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Colours as getComputedStyle returns them ("rgb(…)", "rgba(…)", space syntax) or "#rgb[a]"/"#rrggbb[aa]". */
export function parseCssColor(text: string | null | undefined): Rgba | null {
  if (!text) return null;
  const s = text.trim().toLowerCase();
  if (s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const fn = /^rgba?\(\s*([^)]*)\)$/.exec(s);
  if (fn) {
    const parts = fn[1]!.split(/[\s,/]+/).filter(Boolean);
    if (parts.length < 3) return null;
    const channel = (p: string) => (p.endsWith('%') ? (parseFloat(p) / 100) * 255 : parseFloat(p));
    const alpha =
      parts[3] === undefined
        ? 1
        : parts[3].endsWith('%')
          ? parseFloat(parts[3]) / 100
          : parseFloat(parts[3]);
    const [r, g, b] = parts.slice(0, 3).map(channel) as [number, number, number];
    if (![r, g, b, alpha].every(Number.isFinite)) return null;
    return { r, g, b, a: alpha };
  }
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(s);
  if (hex) {
    let h = hex[1]!;
    if (h.length <= 4) h = [...h].map((c) => c + c).join('');
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
  }
  return null;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const v = Math.min(Math.max(c, 0), 255) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Dark or light for a mostly opaque background colour; null for a see-through or unknown one. */
export function schemeOfColor(text: string | null | undefined): Scheme | null {
  const c = parseCssColor(text);
  if (!c || c.a < 0.5) return null;
  // 0.18 is the luminance where black and white text have equal contrast.
  return luminance(c) < 0.18 ? 'dark' : 'light';
}

export interface SchemeClues {
  /** Computed background colours, innermost first (body, then html). */
  backgrounds: Array<string | null | undefined>;
  /** The page's computed `color-scheme` ("normal", "light dark", "dark"). */
  colorScheme: string | null | undefined;
  prefersDark: boolean;
}

/** The first opaque background decides; else an explicit dark-only color-scheme; else the OS setting. */
export function pickScheme(clues: SchemeClues): Scheme {
  for (const bg of clues.backgrounds) {
    const s = schemeOfColor(bg);
    if (s) return s;
  }
  const cs = (clues.colorScheme ?? '').toLowerCase().split(/\s+/);
  if (cs.includes('dark') && !cs.includes('light')) return 'dark';
  if (cs.includes('light') && !cs.includes('dark')) return 'light';
  return clues.prefersDark ? 'dark' : 'light';
}
