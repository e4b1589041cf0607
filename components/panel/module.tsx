// The panel module is its own bundle: it reads the browser's language for itself, first.
import '../../lib/i18n/browser-first';
import '../../lib/model/zod-config';
import { t } from '../../lib/i18n/messages';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import {
  onShortlistCommand,
  SHORTLIST_SUGGESTED_KEY,
} from '../../lib/content-script/shortlist-command';
import type { AudienceLists } from '../../lib/content-script/audience-collector';
import type { PageReading, Platform } from '../../lib/model/reading';
import { createPanelController, type PanelState } from '../../lib/panel/controller';
import { defaultPlacement, type PanelPlacement } from '../../lib/panel/placement';
import { pickScheme, type Scheme } from '../../lib/panel/scheme';
import { createLanguageCache } from '../../lib/panel/language-cache';
import { ErrorBoundary } from './ErrorBoundary';
import { Panel } from './Panel';
import { Prospects } from './Prospects';
import { Discovered } from './Discovered';
import type { DiscoveryReading } from '../../lib/model/discovery';
import { brandHandles, pageProspects } from '../../lib/prospects/on-page';
import type { PostComments, Prospect } from '../../lib/rules/prospects/rank-commenters';
import { PanelFrame } from './PanelFrame';
import { loadPlacement, savePlacement } from './placement-store';
import { sendToStore } from './store-link';
import { panelCss } from './styles';

export { useShippedWeights } from '../../lib/rules/comments/model';

export interface PanelHandle {
  update(reading: PageReading, navigated: boolean, audience?: AudienceLists): void;
  discover(reading: DiscoveryReading, navigated: boolean): void;
  unmount(): void;
}

export interface PanelOptions {
  platform: Platform;
  shadow: ShadowRoot;
  host: HTMLElement;
}

/** The page's light or dark look, from its computed colours (read-only, never changed). */
function pageScheme(): Scheme {
  try {
    const html = getComputedStyle(document.documentElement);
    const body = document.body ? getComputedStyle(document.body) : null;
    return pickScheme({
      backgrounds: [body?.backgroundColor, html.backgroundColor],
      colorScheme: body?.colorScheme || html.colorScheme,
      prefersDark: window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
    });
  } catch {
    return 'light';
  }
}

/**
 * Loaded lazily by the content scripts: renders the panel into the shadow root's container. Nothing
 * here may throw into the page: every entry point catches, and React errors stay in the boundary.
 */
export function mountPanel(
  container: HTMLElement,
  { platform, shadow }: PanelOptions,
): PanelHandle {
  const style = document.createElement('style');
  style.textContent = panelCss;
  shadow.append(style);

  const root = createRoot(container);
  let state: PanelState | null = null;
  let placement: PanelPlacement = defaultPlacement;
  let scheme: Scheme = pageScheme();
  let unmounted = false;
  let reading: PageReading | null = null;
  let discovery: DiscoveryReading | null = null;
  let prospects: Prospect[] = [];
  let brand: string[] = [];
  const opened = new Map<string, PostComments>();
  const reRank = () => {
    try {
      prospects = reading ? pageProspects(reading, brand, opened) : [];
    } catch (error) {
      prospects = [];
      warn(error);
    }
  };
  void sendToStore({ type: 'campaign/list' }).then((response) => {
    if (!response.ok) return;
    const active = response.data.campaigns.find((c) => c.id === response.data.activeCampaignId);
    brand = brandHandles(active ?? null);
    reRank();
    render();
  });

  /** The panel's frame (its place on the page, its title and verdict) around what it shows. */
  const show = (title: string, verdict: string, body: ReactNode) => {
    root.render(
      <ErrorBoundary>
        <PanelFrame
          scheme={scheme}
          placement={placement}
          onPlacement={(next) => {
            placement = next;
            void savePlacement(next);
            render();
          }}
          title={title}
          verdict={verdict}
        >
          {body}
        </PanelFrame>
      </ErrorBoundary>,
    );
  };

  const renderDiscovery = (d: DiscoveryReading) =>
    show(
      `${t('panelTitle')} · ${d.tag ? (d.page === 'hashtag' ? `#${d.tag}` : d.tag) : d.page}`,
      '',
      <Discovered key={d.url} reading={d} send={sendToStore} />,
    );

  const render = () => {
    if (unmounted) return;
    if (discovery) return renderDiscovery(discovery);
    if (!state) return;
    const current = state;
    const handle = current.handle ? ` · @${current.handle}` : '';
    show(
      `${t('panelTitle')}${handle}`,
      current.view.verdict.label ? current.view.verdict.text : '',
      <>
        <Panel
          key={current.key ?? 'none'}
          state={current}
          shortcut={SHORTLIST_SUGGESTED_KEY}
          onShortlist={() => void controller.shortlist().catch(warn)}
        />
        {reading ? (
          <Prospects key={reading.url} reading={reading} prospects={prospects} send={sendToStore} />
        ) : null}
      </>,
    );
  };

  const languages = createLanguageCache(sendToStore, () => controller.refresh());
  const controller = createPanelController({
    platform,
    send: sendToStore,
    detectLanguage: languages.detect,
    onChange: (next) => {
      state = next;
      render();
    },
  });
  state = controller.state();
  render();

  void loadPlacement().then((stored) => {
    placement = stored;
    render();
  });
  const stopCommand = onShortlistCommand(
    browser.runtime,
    () => void controller.shortlist().catch(warn),
  );

  return {
    discover(next, navigated) {
      try {
        scheme = pageScheme();
        if (navigated || !discovery || next.posts.length !== discovery.posts.length) {
          discovery = next;
          render();
        }
      } catch (error) {
        warn(error);
      }
    },
    update(next, navigated, audience) {
      try {
        discovery = null;
        scheme = pageScheme();
        if (navigated || reading === null || next.comments.length !== reading.comments.length) {
          reading = next;
          reRank();
        }
        controller.update(next, navigated, audience);
      } catch (error) {
        warn(error);
      }
    },
    unmount() {
      try {
        unmounted = true;
        stopCommand();
        controller.dispose();
        root.unmount();
      } catch (error) {
        warn(error);
      }
    },
  };
}

function warn(error: unknown) {
  console.warn('[Creator Scout]', error);
}
