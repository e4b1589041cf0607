import { defineContentScript } from 'wxt/utils/define-content-script';
import { mountPanel } from '../../lib/content-script/mount-panel';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  cssInjectionMode: 'manual',
  async main(ctx) {
    try {
      await mountPanel(ctx);
    } catch (error) {
      console.warn('[Creator Scout]', error);
    }
  },
});
