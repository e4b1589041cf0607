import '../../lib/model/zod-config';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runScout } from '../../lib/content-script/run-scout';
import { readInstagramPage } from '../../lib/sites/instagram/read-page';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  main(ctx) {
    runScout(ctx, 'instagram', readInstagramPage);
  },
});
