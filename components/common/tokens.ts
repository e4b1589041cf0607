/**
 * The design tokens: every colour, type size, space, radius and shadow the panel, popup and
 * dashboard use, as CSS custom properties (--cs-*). Light and dark follow the browser
 * (prefers-color-scheme) on extension pages; the panel follows the page it sits on.
 * Colours meet WCAG AA contrast (4.5:1 for text) on --cs-bg and --cs-soft in both schemes.
 */
type Tokens = Record<string, string>;

/** Independent of the scheme. */
export const scale: Tokens = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif',
  'text-xs': '11px',
  'text-s': '12px',
  'text-m': '13px',
  'text-l': '15px',
  'text-xl': '18px',
  'space-1': '4px',
  'space-2': '8px',
  'space-3': '12px',
  'space-4': '16px',
  'space-5': '24px',
  'radius-s': '4px',
  'radius-m': '6px',
  'radius-l': '10px',
};

export const light: Tokens = {
  bg: '#ffffff',
  fg: '#1f2328',
  muted: '#59636e',
  line: '#d1d9e0',
  soft: '#f6f8fa',
  accent: '#0969da',
  'accent-fg': '#ffffff',
  link: '#0969da',
  focus: '#0969da',
  'good-fg': '#116329',
  'good-bg': '#dafbe1',
  'bad-fg': '#a40e26',
  'bad-bg': '#ffebe9',
  'warn-fg': '#7d4e00',
  'warn-bg': '#fff8c5',
  'info-fg': '#0a3069',
  'info-bg': '#ddf4ff',
  'neutral-fg': '#424a53',
  'neutral-bg': '#eaeef2',
  'mark-fg': '#3b2300',
  'mark-bg': '#ffd33d',
  'shadow-1': '0 1px 3px rgba(31, 35, 40, 0.12)',
  'shadow-2': '0 6px 24px rgba(0, 0, 0, 0.18)',
  /* Charts: Okabe–Ito, colour-blind-safe, each ≥ 3:1 on the background. */
  'chart-1': '#0072b2',
  'chart-2': '#b35c00',
  'chart-3': '#00785a',
  'chart-4': '#a7478a',
  'chart-grid': '#d1d9e0',
};

export const dark: Tokens = {
  bg: '#0d1117',
  fg: '#e6edf3',
  muted: '#9198a1',
  line: '#3d444d',
  soft: '#161b22',
  accent: '#1f6feb',
  'accent-fg': '#ffffff',
  link: '#4493f8',
  focus: '#4493f8',
  'good-fg': '#56d364',
  'good-bg': '#12261e',
  'bad-fg': '#ff7b72',
  'bad-bg': '#2d1517',
  'warn-fg': '#e3b341',
  'warn-bg': '#2b2111',
  'info-fg': '#a5d6ff',
  'info-bg': '#0c2d6b',
  'neutral-fg': '#c9d1d9',
  'neutral-bg': '#21262d',
  'mark-fg': '#1f2328',
  'mark-bg': '#e3b341',
  'shadow-1': '0 1px 3px rgba(0, 0, 0, 0.6)',
  'shadow-2': '0 6px 24px rgba(0, 0, 0, 0.5)',
  'chart-1': '#56b4e9',
  'chart-2': '#e69f00',
  'chart-3': '#2fc59b',
  'chart-4': '#cc79a7',
  'chart-grid': '#3d444d',
};

const declarations = (tokens: Tokens) =>
  Object.entries(tokens)
    .map(([name, value]) => `--cs-${name}: ${value};`)
    .join(' ');

/** For an extension page: light by default, dark when the browser prefers it. */
export function pageTokensCss(): string {
  return (
    `:root { ${declarations(scale)} ${declarations(light)} color-scheme: light dark; }\n` +
    `@media (prefers-color-scheme: dark) { :root { ${declarations(dark)} } }\n`
  );
}

/** For the panel's shadow root: the scheme is the page's, set on the frame as data-scheme. */
export function panelTokensCss(frame: string): string {
  return (
    `${frame} { ${declarations(scale)} ${declarations(light)} color-scheme: light; }\n` +
    `${frame}[data-scheme="dark"] { ${declarations(dark)} color-scheme: dark; }\n`
  );
}

/** Puts the tokens into an extension page, before the first render. */
export function applyPageTokens(doc: Document = document): void {
  const style = doc.createElement('style');
  style.dataset.tokens = '';
  style.textContent = pageTokensCss();
  doc.head.prepend(style);
}

/** The current value of a token on an element (charts read their palette this way). */
export function tokenValue(name: string, element: Element = document.documentElement): string {
  return getComputedStyle(element).getPropertyValue(`--cs-${name}`).trim();
}
