import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The permissions are pinned: adding one must be a conscious change to this list (and to the
 * README's "Privacy and permissions"). No remote code, the default CSP.
 */
const output = resolve(import.meta.dirname, '..', '..', '.output');
const manifest = (target: string) =>
  JSON.parse(readFileSync(resolve(output, target, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  test(`${target} asks only for storage and the two sites`, () => {
    const m = manifest(target);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage', 'unlimitedStorage']);
    expect(m.host_permissions).toEqual(['https://www.instagram.com/*', 'https://www.tiktok.com/*']);
    expect(m.optional_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
  });

  test(`${target} ships the panel module and its comment weights alone in their folder, not a second copy of the locales`, () => {
    expect(readdirSync(resolve(output, target, 'content-scripts', 'panel')).sort()).toEqual([
      'model-weights.js',
      'panel.js',
    ]);
  });

  test(`${target}: the weights are in their own module, not also in the panel's`, () => {
    const folder = resolve(output, target, 'content-scripts', 'panel');
    const weights = readFileSync(resolve(folder, 'model-weights.js'), 'utf8');
    const hashed = /"hashed":\["([^"]{40})/.exec(weights)?.[1];
    expect(hashed).toBeTruthy();
    expect(readFileSync(resolve(folder, 'panel.js'), 'utf8')).not.toContain(hashed);
  });

  test(`${target} exposes only the panel module and its weights, only to the two sites`, () => {
    const m = manifest(target);
    expect(m.web_accessible_resources).toEqual([
      expect.objectContaining({
        matches: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
        resources: ['/content-scripts/panel/panel.js', '/content-scripts/panel/model-weights.js'],
      }),
    ]);
    const scripts = m.content_scripts as Array<{ matches: string[] }>;
    for (const script of scripts) {
      for (const match of script.matches)
        expect(match).toMatch(/^https:\/\/www\.(instagram|tiktok)\.com\/\*$/);
    }
  });
}

// webextension-polyfill's own message for a port closed without an answer: present only when the
// polyfill is bundled (wxt.config.ts modules, and the panel module's alias).
const POLYFILL = 'The message port closed before a response was received';
for (const target of ['chrome-mv3', 'firefox-mv3']) {
  test(`${target}: the background, the content scripts and the panel use webextension-polyfill`, () => {
    for (const file of [
      'background.js',
      'content-scripts/instagram.js',
      'content-scripts/tiktok.js',
      'content-scripts/panel/panel.js',
    ])
      expect(readFileSync(resolve(output, target, file), 'utf8'), file).toContain(POLYFILL);
  });
}
