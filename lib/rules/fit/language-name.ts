const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** "es" → "Spanish"; a code Intl does not name stays as it is. */
export function languageName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
