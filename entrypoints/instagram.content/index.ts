import '../../lib/model/zod-config';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadBrowserMessages } from '../../lib/i18n/browser-source';
import { runScout } from '../../lib/content-script/run-scout';
import { PLATFORMS } from '../../lib/model/platforms';
import { readInstagramDiscovery } from '../../lib/sites/instagram/discovery';
import { readInstagramPage } from '../../lib/sites/instagram/read-page';

export default defineContentScript({
  matches: [...PLATFORMS.instagram.matches],
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  main(ctx) {
    loadBrowserMessages();
    runScout(ctx, 'instagram', readInstagramPage, readInstagramDiscovery);
  },
});
