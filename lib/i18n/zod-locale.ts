import { z } from 'zod';
import de from 'zod/v4/locales/de.js';
import es from 'zod/v4/locales/es.js';
import fr from 'zod/v4/locales/fr.js';
import pt from 'zod/v4/locales/pt.js';
import { uiLocale } from './messages';

const LOCALES: Record<string, () => ReturnType<typeof de>> = { de, es, fr, pt };

/**
 * zod's own words for a value it refuses ("expected a number"), in the UI language where zod has
 * them: what an import or a form says was wrong reads in one language. English otherwise.
 */
export function applyZodLocale(locale = uiLocale()): void {
  const words = LOCALES[locale.toLowerCase().split(/[-_]/)[0]!];
  if (words) z.config(words());
}
