import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { DraftLanguage } from '../model/template';
import {
  DRAFT_MESSAGE_KEYS,
  draftWordsFrom,
  uiDraftLanguage,
  uiDraftWords,
  type DraftMessageKey,
  type DraftWords,
} from '../outreach/draft-words';
import type { LocaleMessage } from './messages';

const LocaleFile = z.record(
  z.string(),
  z.object({
    message: z.string(),
    placeholders: z.record(z.string(), z.object({ content: z.string() })).optional(),
  }),
);

const loaded = new Map<DraftLanguage, Promise<DraftWords>>();

/**
 * A draft's words in another language than the UI's: browser.i18n only speaks the UI language, so
 * the extension reads that language's own locale file from its package (no request leaves the
 * browser) and keeps only the draft's messages.
 */
export function loadDraftWords(language: DraftLanguage): Promise<DraftWords> {
  if (language === uiDraftLanguage()) return Promise.resolve(uiDraftWords());
  let words = loaded.get(language);
  if (!words) {
    words = fetch(browser.runtime.getURL(`/_locales/${language}/messages.json`))
      .then((response) => response.json())
      .then((json: unknown) => {
        const file = LocaleFile.parse(json);
        const messages: Partial<Record<DraftMessageKey, LocaleMessage>> = {};
        for (const key of DRAFT_MESSAGE_KEYS) if (file[key]) messages[key] = file[key];
        return draftWordsFrom(language, messages);
      });
    words.catch(() => loaded.delete(language));
    loaded.set(language, words);
  }
  return words;
}
