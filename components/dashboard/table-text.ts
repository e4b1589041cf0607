/** The creators table's own words, together so they can move into _locales. */
export const TABLE_TEXT = {
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Couldn’t copy: select it and copy by hand',
  copyCode: (handle: string) => `Copy the discount code of @${handle}`,
  copyLink: (handle: string) => `Copy the tracked link of @${handle}`,
};
