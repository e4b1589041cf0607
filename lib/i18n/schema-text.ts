import { SCHEMA_WORDS } from '../model/schema-words';
import { t, type MessageKey } from './messages';

const BY_WORDS = new Map<string, MessageKey>(
  Object.entries(SCHEMA_WORDS).map(([key, words]) => [words, key as MessageKey]),
);

/**
 * What a schema said about a refused value, in the UI language: our schemas' sentences through
 * their messages, zod's own already in it (lib/i18n/zod-locale.ts), anything else as it is.
 */
export function schemaText(message: string): string {
  const key = BY_WORDS.get(message);
  return key ? t(key) : message;
}
