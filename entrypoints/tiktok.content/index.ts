import '../../lib/model/zod-config';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadBrowserMessages } from '../../lib/i18n/browser-source';
import { runScout } from '../../lib/content-script/run-scout';
import { PLATFORMS } from '../../lib/model/platforms';
import { readTikTokDiscovery } from '../../lib/sites/tiktok/discovery';
import { readTikTokPage } from '../../lib/sites/tiktok/read-page';

export default defineContentScript({
  matches: [...PLATFORMS.tiktok.matches],
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  main(ctx) {
    loadBrowserMessages();
    runScout(ctx, 'tiktok', readTikTokPage, readTikTokDiscovery);
  },
});
