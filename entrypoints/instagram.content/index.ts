import '../../lib/model/zod-config';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runScout } from '../../lib/content-script/run-scout';
import { readInstagramDiscovery } from '../../lib/sites/instagram/discovery';
import { readInstagramPage } from '../../lib/sites/instagram/read-page';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  main(ctx) {
    runScout(ctx, 'instagram', readInstagramPage, readInstagramDiscovery);
  },
});
