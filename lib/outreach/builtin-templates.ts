import { t } from '../i18n/messages';
import type { Template } from '../model/template';
import type { DraftMessageKey, Say } from './draft-words';

/**
 * The built-in templates, following docs/domain.md "Outreach": one specific recent post and what
 * was good about it; who you are, what you make, why their audience fits; the offer up front
 * (dates, fee, commission, rights stay with the creator, creative freedom with FTC disclosure);
 * a friendly way out. Kept short so that, filled, they fit an Instagram DM (1,000 bytes).
 * Their text is in the locale files (tplBody…), read when asked for: in the UI language here, in
 * the draft's language through `builtinBody`.
 */
export const BUILTIN_TEMPLATES: readonly Template[] = [
  {
    id: 'builtin-first-contact',
    name: 'First contact',
    kind: 'first-contact',
    builtIn: true,
    get body() {
      return t('tplBodyFirstContact');
    },
  },
  {
    id: 'builtin-follow-up',
    name: 'Follow-up',
    kind: 'follow-up',
    builtIn: true,
    get body() {
      return t('tplBodyFollowUp');
    },
  },
  {
    id: 'builtin-ambassador',
    name: 'Ambassador invitation',
    kind: 'ambassador',
    builtIn: true,
    get body() {
      return t('tplBodyAmbassador');
    },
  },
  {
    id: 'builtin-counter-offer',
    name: 'Counter-offer',
    kind: 'counter-offer',
    builtIn: true,
    get body() {
      return t('tplBodyCounterOffer');
    },
  },
  {
    id: 'builtin-thank-you',
    name: 'Thank you (after a no)',
    kind: 'thank-you',
    builtIn: true,
    get body() {
      return t('tplBodyThankYou');
    },
  },
];

const BODY_KEYS: Readonly<Record<string, DraftMessageKey>> = {
  'builtin-first-contact': 'tplBodyFirstContact',
  'builtin-follow-up': 'tplBodyFollowUp',
  'builtin-ambassador': 'tplBodyAmbassador',
  'builtin-counter-offer': 'tplBodyCounterOffer',
  'builtin-thank-you': 'tplBodyThankYou',
};

/**
 * A template's text in the draft's words: a built-in one in the draft's language, the user's own
 * as written (a stored template that replaced a built-in is the user's text).
 */
export function templateBody(template: Template, say: Say): string {
  const key = BUILTIN_TEMPLATES.includes(template) ? BODY_KEYS[template.id] : undefined;
  return key ? say(key) : template.body;
}

export function builtinTemplate(kind: Template['kind']): Template | undefined {
  return BUILTIN_TEMPLATES.find((template) => template.kind === kind);
}
