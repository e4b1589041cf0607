import { defineConfig } from 'wxt';
import { panelModuleHooks } from './scripts/build/panel-module';
import { ALL_MATCHES } from './lib/model/platforms';
import { SHORTLIST_COMMAND, SHORTLIST_SUGGESTED_KEY } from './lib/content-script/shortlist-command';

/** Firefox needs an add-on id in MV3, 128+ for main-world content scripts, and a data-collection statement. */
const firefoxSettings = {
  gecko: {
    id: 'creator-scout@creator-scout.org',
    strict_min_version: '128.0',
    data_collection_permissions: { required: ['none'] },
  },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  // wxt/browser resolves to webextension-polyfill: one promise-based API in Chrome and Firefox.
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  outDir: '.output',
  // Explicit imports keep every file readable on its own.
  imports: false,
  hooks: panelModuleHooks,
  manifest: ({ browser }) => ({
    // public/_locales/<lang>/messages.json; lib/i18n reads the same files.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: README ("Privacy and permissions") says why it stays at under 4 KB a creator.
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: ALL_MATCHES,
    // The panel's shortlist button from the keyboard (lib/background/shortlist-command.ts).
    commands: {
      [SHORTLIST_COMMAND]: {
        suggested_key: { default: SHORTLIST_SUGGESTED_KEY },
        description: 'Shortlist the creator on this page into the active campaign',
      },
    },
    ...(browser === 'firefox' ? { browser_specific_settings: firefoxSettings } : {}),
  }),
});
