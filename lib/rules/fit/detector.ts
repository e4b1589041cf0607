/** Returns the ISO 639-1 code of `text`'s language, or null when unsure. Injected, never imported here. */
export type LanguageDetector = (text: string) => string | null;
