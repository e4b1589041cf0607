import { substitute, t, uiLocale, type LocaleMessage, type MessageKey } from '../i18n/messages';
import { DraftLanguage } from '../model/template';

/** The messages a draft is made of: the built-in templates' text and the phrases that fill them. */
export const DRAFT_MESSAGE_KEYS = [
  'tplBodyFirstContact',
  'tplBodyFollowUp',
  'tplBodyAmbassador',
  'tplBodyCounterOffer',
  'tplBodyThankYou',
  'dfFewDays',
  'dfFewWeeks',
  'dfMonths',
  'dfOverAYear',
  'dfYears',
  'dfFromDay',
  'dfUntilDay',
  'ofFlat',
  'ofAffiliate',
  'ofHybrid',
  'ofBonus',
  'ofProduct',
  'ofProductWorth',
  'ofPlusCommission',
  'ofForOnePost',
  'ofForPosts',
] as const satisfies readonly MessageKey[];
export type DraftMessageKey = (typeof DRAFT_MESSAGE_KEYS)[number];

export type Say = (key: DraftMessageKey, ...args: (string | number)[]) => string;

/** The words of a draft in one language, and the locale its money and dates are written in. */
export interface DraftWords {
  language: DraftLanguage;
  locale: string;
  say: Say;
}

/** The language the extension's own text is shown in: the browser's, where the extension has it. */
export function uiDraftLanguage(locale = uiLocale()): DraftLanguage {
  const primary = locale.split(/[-_]/)[0]!.toLowerCase();
  const found = DraftLanguage.safeParse(primary);
  return found.success ? found.data : 'en';
}

/** A draft in the UI language (its locale keeps the browser's region: pt-BR, de-AT). */
export function uiDraftWords(): DraftWords {
  return { language: uiDraftLanguage(), locale: uiLocale(), say: t };
}

/**
 * A draft in `language` from that language's locale file. Money and dates follow the UI locale
 * when it is the same language (its region), else the language's own conventions. A message the
 * file lacks falls back to the UI language's.
 */
export function draftWordsFrom(
  language: DraftLanguage,
  messages: Readonly<Partial<Record<DraftMessageKey, LocaleMessage>>>,
): DraftWords {
  if (language === uiDraftLanguage()) return uiDraftWords();
  return {
    language,
    locale: language,
    say: (key, ...args) => {
      const message = messages[key];
      return message ? substitute(message, args.map(String)) : t(key, ...args);
    },
  };
}
