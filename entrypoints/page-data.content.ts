import { defineContentScript } from 'wxt/utils/define-content-script';
import { installObserver } from '../lib/content-script/observer';
import { ALL_MATCHES } from '../lib/model/platforms';
import { isInstagramDataUrl } from '../lib/sites/instagram/observed';
import { isTikTokDataUrl } from '../lib/sites/tiktok/observed';

/** In the page's own world, before its scripts: sees the JSON responses the page fetches. */
export default defineContentScript({
  matches: ALL_MATCHES,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installObserver(window, (url) => isInstagramDataUrl(url) || isTikTokDataUrl(url));
  },
});
