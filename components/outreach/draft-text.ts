import { t, type MessageKey } from '../../lib/i18n/messages';
import type { TemplateKind } from '../../lib/model/template';

const KIND_KEYS = {
  'first-contact': 'templateKindFirstContact',
  'follow-up': 'templateKindFollowUp',
  ambassador: 'templateKindAmbassador',
  'counter-offer': 'templateKindCounterOffer',
  'thank-you': 'templateKindThankYou',
  custom: 'templateKindCustom',
} as const satisfies Record<TemplateKind, MessageKey>;

/** What each kind of template is for, as the template editor names it. */
export const templateKindLabel = (kind: TemplateKind): string => t(KIND_KEYS[kind]);

/** The draft editor's own words, read from the UI language when shown. */
export const DRAFT_TEXT = {
  get chooseTemplate() {
    return t('draftChooseTemplate');
  },
  noneFor: (status: string) => t('draftNoneFor', status),
  get noTemplateOption() {
    return t('draftNoTemplateOption');
  },
  get editedSuffix() {
    return ` ${t('draftEdited')}`;
  },
  editsKept: (name: string) => t('draftEditsKept', name),
  editsBack: (name: string) => t('draftEditsBack', name),
  get copied() {
    return t('draftCopied');
  },
  copyFailed: (why: string) => t('draftCopyFailed', why),
  get empty() {
    return t('draftEmpty');
  },
  get fillFirst() {
    return t('draftFillFirst');
  },
};
