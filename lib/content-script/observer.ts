/**
 * Runs in the page's main world: hands the JSON responses the page itself receives to the content
 * script, as text, through window.postMessage. It never sends a request, never changes what the
 * page receives, and swallows its own errors so that the page cannot notice a failure of ours.
 */
export const OBSERVED_MESSAGE = 'creator-scout:observed-response';

export interface ObservedMessage {
  type: typeof OBSERVED_MESSAGE;
  url: string;
  rootField: string | null;
  text: string;
}

/** Larger bodies are not forwarded: no profile, post or comment page needs them. */
export const MAX_OBSERVED_CHARS = 4_000_000;

export function installObserver(
  win: Window & typeof globalThis,
  isDataUrl: (url: string) => boolean,
) {
  const forward = (url: string, rootField: string | null, text: string) => {
    if (text.length > MAX_OBSERVED_CHARS) return;
    const message: ObservedMessage = { type: OBSERVED_MESSAGE, url, rootField, text };
    win.postMessage(message, win.location.origin);
  };
  const absolute = (url: string) => {
    try {
      return new URL(url, win.location.href).href;
    } catch {
      return null;
    }
  };

  const originalFetch = win.fetch;
  if (typeof originalFetch === 'function') {
    win.fetch = function fetch(this: unknown, ...args: Parameters<typeof originalFetch>) {
      const pending = originalFetch.apply(this, args);
      try {
        const input = args[0];
        const url = absolute(
          typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
        );
        if (url && isDataUrl(url)) {
          pending
            .then((response) => {
              if (!response.ok) return;
              const rootField = response.headers.get('x-root-field-name');
              return response
                .clone()
                .text()
                .then((text) => forward(url, rootField, text));
            })
            .catch(() => undefined);
        }
      } catch {
        // Observing is best effort; the page's request goes on untouched.
      }
      return pending;
    };
  }

  const xhrUrls = new WeakMap<XMLHttpRequest, string>();
  const proto = win.XMLHttpRequest?.prototype;
  if (proto) {
    const originalOpen = proto.open;
    const originalSend = proto.send;
    proto.open = function open(this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const url = absolute(String(args[1]));
        if (url && isDataUrl(url)) xhrUrls.set(this, url);
      } catch {
        // ignore
      }
      return (originalOpen as (...a: unknown[]) => void).apply(this, args);
    } as typeof proto.open;
    proto.send = function send(this: XMLHttpRequest, ...args: unknown[]) {
      const url = xhrUrls.get(this);
      if (url) {
        this.addEventListener('load', () => {
          try {
            if (this.status < 200 || this.status >= 300) return;
            const rootField = this.getResponseHeader('x-root-field-name');
            if (this.responseType === '' || this.responseType === 'text')
              forward(url, rootField, this.responseText);
            else if (this.responseType === 'json')
              forward(url, rootField, JSON.stringify(this.response));
          } catch {
            // ignore
          }
        });
      }
      return (originalSend as (...a: unknown[]) => void).apply(this, args);
    } as typeof proto.send;
  }
}
