import { createRoot } from 'react-dom/client';
import { Panel } from './Panel';

/** Loaded lazily by the content scripts: renders the panel into the shadow root's container. */
export function mountPanel(container: HTMLElement): () => void {
  const root = createRoot(container);
  root.render(<Panel />);
  return () => root.unmount();
}
