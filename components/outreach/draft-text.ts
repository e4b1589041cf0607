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
