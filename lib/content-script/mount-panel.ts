import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { DiscoveryReading } from '../model/discovery';
import type { PageReading, Platform } from '../model/reading';
import type { AudienceLists } from './audience-collector';
import type { PanelHandle } from '../../components/panel/module';
import type { ModelWeights } from '../rules/comments/model';

type PanelModule = typeof import('../../components/panel/module');

export interface MountedPanel {
  /** `navigated` is true when the URL changed since the last reading: earlier numbers must go. */
  update(reading: PageReading, navigated: boolean, audience?: AudienceLists): void;
  /** A hashtag, search or explore page: the panel lists the posts' authors instead. */
  discover(reading: DiscoveryReading, navigated: boolean): void;
  remove(): void;
}

let panelModule: Promise<PanelModule> | null = null;

/** Mounts the on-page panel in an open shadow root; the host carries data-testid="scout-panel". */
export async function mountPanel(
  ctx: ContentScriptContext,
  platform: Platform,
): Promise<MountedPanel> {
  panelModule ??= Promise.all([
    import(/* @vite-ignore */ browser.runtime.getURL('/content-scripts/panel/panel.js')),
    import(/* @vite-ignore */ browser.runtime.getURL('/content-scripts/panel/model-weights.js')),
  ]).then(([panel, weights]: [PanelModule, { default: ModelWeights }]) => {
    panel.useShippedWeights(weights.default);
    return panel;
  });
  const module = await panelModule;
  const ui = await createShadowRootUi<PanelHandle>(ctx, {
    name: 'creator-scout-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    isolateEvents: true,
    onMount(container, shadow, host) {
      host.setAttribute('data-testid', 'scout-panel');
      return module.mountPanel(container, { platform, shadow, host });
    },
    onRemove(handle) {
      handle?.unmount();
    },
  });
  ui.mount();
  return {
    update: (reading, navigated, audience) => ui.mounted?.update(reading, navigated, audience),
    discover: (reading, navigated) => ui.mounted?.discover(reading, navigated),
    remove: () => ui.remove(),
  };
}
