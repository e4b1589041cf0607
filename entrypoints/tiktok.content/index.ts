import '../../lib/model/zod-config';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runScout } from '../../lib/content-script/run-scout';
import { readTikTokDiscovery } from '../../lib/sites/tiktok/discovery';
import { readTikTokPage } from '../../lib/sites/tiktok/read-page';

export default defineContentScript({
  matches: ['https://www.tiktok.com/*'],
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  main(ctx) {
    runScout(ctx, 'tiktok', readTikTokPage, readTikTokDiscovery);
  },
});
