import type { DraftLanguage } from '../../lib/model/template';

/** A language by its own name ("Deutsch", "Español"), as language pickers show it. */
export function languageName(lang: DraftLanguage): string {
  const name =
    new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
