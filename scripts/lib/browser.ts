import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Where a Chrome or Chromium lives on this machine: $CHROMIUM_PATH, Debian's, then the usual names. */
export function findChromium(): string | null {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ];
  for (const path of candidates) if (path && existsSync(path)) return path;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const found = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on PATH
    }
  }
  return null;
}

export const installHint =
  'No Chrome or Chromium found. On Debian/Ubuntu: sudo apt-get install -y chromium; ' +
  'elsewhere install Google Chrome, or set CHROMIUM_PATH to its executable.';

/** Flags that keep Chromium from calling Google's services, so that every request seen is the page's or ours. */
export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--no-default-browser-check',
  ];
}
