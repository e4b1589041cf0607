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
  modules: ['@wxt-dev/module-react'],
  outDir: '.output',
  // Explicit imports keep every file readable on its own.
  imports: false,
  hooks: panelModuleHooks,
  manifest: ({ browser }) => ({
    name: 'Creator Scout',
    description:
      'Vet Instagram and TikTok creators on their own page: engagement, comment spam, campaign fit, outreach. Nothing leaves your browser.',
    // unlimitedStorage: every visited creator keeps ~33 KB (50 snapshots, recent posts and the last
    // reading's evidence), so the default 10 MB of storage.local would hold only ~300 creators.
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
