import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DiscoveryReading } from '../model/discovery';
import type { ObservedResponse, PageReading, Platform } from '../model/reading';
import { createAudienceCollector } from './audience-collector';
import { mountPanel, type MountedPanel } from './mount-panel';
import { collectResponses } from './responses';

export type PageReader = (input: {
  document: Document | null;
  url: string;
  responses?: ObservedResponse[];
}) => PageReading;

/** Hashtag, search and explore pages: the posts' authors, or null on any other page. */
export type DiscoveryReader = (input: {
  document: Document | null;
  url: string;
  responses?: ObservedResponse[];
}) => DiscoveryReading | null;

/** Re-reading is cheap (a few ms) but the platforms' DOM changes constantly: at most this often. */
const READ_INTERVAL_MS = 700;
/** Responses this recent at a navigation may belong to the new page (fetched before pushState). */
const NAVIGATION_GRACE_MS = 3000;

/**
 * One content script's lifecycle: collect the page's own data, read the page on start, on in-app
 * navigation and as more data arrives, and hand each reading to the panel. Stops with the context
 * (extension reload or update); a failure is logged, never thrown into the page.
 */
export function runScout(
  ctx: ContentScriptContext,
  platform: Platform,
  read: PageReader,
  discover?: DiscoveryReader,
) {
  let panel: MountedPanel | null = null;
  let mounting: Promise<void> | null = null;
  let timer: number | undefined;
  let lastUrl = '';

  const schedule = () => {
    if (timer !== undefined || ctx.isInvalid) return;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      void update();
    }, READ_INTERVAL_MS);
  };
  const responses = collectResponses(window, schedule);
  const audience = createAudienceCollector(platform);
  ctx.onInvalidated(() => responses.stop());

  const update = async () => {
    try {
      const url = location.href;
      if (lastUrl && url !== lastUrl) responses.forgetBefore(Date.now() - NAVIGATION_GRACE_MS);
      const reading = read({ document, url, responses: responses.list() });
      const discovery =
        reading.page === 'other' && discover
          ? discover({ document, url, responses: responses.list() })
          : null;
      // A story page is no creator page, but it states its owner's profile counts.
      const creatorPage =
        reading.page !== 'other' || (reading.status === 'ok' && reading.profile !== null);
      if (!creatorPage && !discovery) {
        panel?.remove();
        panel = null;
        lastUrl = url;
        return;
      }
      if (!panel) {
        mounting ??= mountPanel(ctx, platform).then((mounted) => {
          panel = mounted;
          mounting = null;
        });
        await mounting;
      }
      if (discovery) panel?.discover(discovery, url !== lastUrl);
      else
        panel?.update(reading, url !== lastUrl, audience.collect(reading.handle, responses.list()));
      lastUrl = url;
    } catch (error) {
      console.warn('[Creator Scout] could not read this page', error);
    }
  };

  // WXT announces an in-app navigation before `location` changes, and the new page's DOM and data
  // arrive after it: read once they may have, whether or not the DOM changes.
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  const start = () => {
    void update();
    const observer = new MutationObserver(schedule);
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());
  };
  if (document.readyState === 'loading') {
    ctx.addEventListener(document, 'DOMContentLoaded', start, { once: true });
  } else start();
}
