import type { TemplateKind } from '../../lib/model/template';

/** What each kind of template is for, as the template editor names it. */
export const TEMPLATE_KIND_LABEL: Record<TemplateKind, string> = {
  'first-contact': 'First contact',
  'follow-up': 'Follow-up',
  ambassador: 'Ambassador invitation',
  'counter-offer': 'Counter-offer',
  'thank-you': 'Thank you (after a no)',
  custom: 'Other',
};

/** The draft editor's own words, together so they can move into _locales. */
export const DRAFT_TEXT = {
  chooseTemplate: 'No template is suggested at this stage: choose one to start a draft.',
  noneFor: (status: string) =>
    `No template is suggested for a creator at “${status}”: choose one to start a draft.`,
  noTemplateOption: 'Choose a template…',
  editedSuffix: ' (edited)',
  editsKept: (name: string) => `Your edits to “${name}” are kept: pick it again to get them back.`,
  editsBack: (name: string) => `Your edited “${name}” is back.`,
  copied: 'Copied to the clipboard. Paste it into the DM.',
  copyFailed: (why: string) => `Couldn't copy (${why}). Select the text and copy it by hand.`,
  empty: 'The draft is empty.',
  fillFirst: 'Fill or remove every placeholder to copy.',
};
