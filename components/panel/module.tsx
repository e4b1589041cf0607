import { createRoot } from 'react-dom/client';
import type { PageReading, Platform } from '../../lib/model/reading';
import { Panel } from './Panel';

export interface PanelHandle {
  update(reading: PageReading, navigated: boolean): void;
  unmount(): void;
}

export interface PanelOptions {
  platform: Platform;
  shadow: ShadowRoot;
  host: HTMLElement;
}

/** Loaded lazily by the content scripts: renders the panel into the shadow root's container. */
export function mountPanel(container: HTMLElement, _options: PanelOptions): PanelHandle {
  const root = createRoot(container);
  const render = (reading: PageReading | null) => root.render(<Panel reading={reading} />);
  render(null);
  return {
    update: (reading) => render(reading),
    unmount: () => root.unmount(),
  };
}
