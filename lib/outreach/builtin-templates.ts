import { t } from '../i18n/messages';
import type { Template } from '../model/template';

/**
 * The built-in templates, following docs/domain.md "Outreach": one specific recent post and what
 * was good about it; who you are, what you make, why their audience fits; the offer up front
 * (dates, fee, commission, rights stay with the creator, creative freedom with FTC disclosure);
 * a friendly way out. Kept short so that, filled, they fit an Instagram DM (1,000 bytes).
 * Their text is in the locale files (tplBody…), read when asked for: a draft is written in the UI
 * language, as are the phrases that fill it.
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

export function builtinTemplate(kind: Template['kind']): Template | undefined {
  return BUILTIN_TEMPLATES.find((template) => template.kind === kind);
}
