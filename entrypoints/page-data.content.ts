import { defineContentScript } from 'wxt/utils/define-content-script';
import { installObserver } from '../lib/content-script/observer';
import { isInstagramDataUrl } from '../lib/sites/instagram/observed';
import { isTikTokDataUrl } from '../lib/sites/tiktok/observed';

/** In the page's own world, before its scripts: sees the JSON responses the page fetches. */
export default defineContentScript({
  matches: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installObserver(window, (url) => isInstagramDataUrl(url) || isTikTokDataUrl(url));
  },
});
