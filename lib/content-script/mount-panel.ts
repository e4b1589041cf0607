import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';

type PanelModule = typeof import('../../components/panel/module');

/** Mounts the on-page panel in an open shadow root; the host carries data-testid="scout-panel". */
export async function mountPanel(ctx: ContentScriptContext) {
  const module: PanelModule = await import(
    /* @vite-ignore */ browser.runtime.getURL('/content-scripts/panel/panel.js')
  );
  const ui = await createShadowRootUi<() => void>(ctx, {
    name: 'creator-scout-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    isolateEvents: true,
    onMount(container, _shadow, host) {
      host.setAttribute('data-testid', 'scout-panel');
      return module.mountPanel(container);
    },
    onRemove(unmount) {
      unmount?.();
    },
  });
  ui.mount();
  return ui;
}
