import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Panel } from '../../components/panel/Panel';

/** Mounts the on-page panel in an open shadow root; the host carries data-testid="scout-panel". */
export async function mountPanel(ctx: ContentScriptContext) {
  const ui = await createShadowRootUi<Root>(ctx, {
    name: 'creator-scout-panel',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    isolateEvents: true,
    onMount(container, _shadow, host) {
      host.setAttribute('data-testid', 'scout-panel');
      const root = createRoot(container);
      root.render(<Panel />);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
  return ui;
}
