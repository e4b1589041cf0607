import { resolve } from 'node:path';
import { build, type InlineConfig } from 'vite';
import type { NestedHooks } from 'hookable';
import type { WxtHooks } from 'wxt';
import { ALL_MATCHES } from '../../lib/model/platforms';

/**
 * The on-page panel (React and the rules) is built as one ES module that the content scripts import
 * only when a creator page needs it, which keeps each content script small. WXT does not bundle
 * content scripts as ES modules yet (wxt-dev/wxt#357), so this adds a Vite build after WXT's.
 */
export const panelModulePath = 'content-scripts/panel/panel.js';

/** WXT hooks (wxt.config.ts `hooks`) that build the panel module and make it importable by content scripts. */
export const panelModuleHooks: NestedHooks<WxtHooks> = {
  'build:done': async (wxt) => {
    await build({
      configFile: false,
      root: wxt.config.root,
      mode: wxt.config.mode,
      logLevel: 'warn',
      // WXT has copied public/ (the locales) to the extension's root already: not again in here.
      publicDir: false,
      define: { 'process.env.NODE_ENV': JSON.stringify(wxt.config.mode) },
      esbuild: { jsx: 'automatic' },
      // As in WXT's own build (wxt.config.ts modules): the panel gets the same polyfilled `browser`.
      resolve: { alias: { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' } },
      build: {
        emptyOutDir: false,
        outDir: resolve(wxt.config.outDir, 'content-scripts', 'panel'),
        // An application build rather than a library one: Vite keeps whitespace in `es` libraries.
        minify: wxt.config.mode === 'production',
        rollupOptions: {
          input: resolve(wxt.config.root, 'components', 'panel', 'module.tsx'),
          preserveEntrySignatures: 'exports-only',
          output: { format: 'es', entryFileNames: 'panel.js', codeSplitting: false },
        },
      },
    } satisfies InlineConfig);
  },
  'build:manifestGenerated': (_wxt, manifest) => {
    manifest.web_accessible_resources ??= [];
    (manifest.web_accessible_resources as unknown[]).push({
      matches: ALL_MATCHES,
      resources: [`/${panelModulePath}`],
      use_dynamic_url: true,
    });
  },
  'prepare:publicPaths': (_wxt, paths) => {
    paths.push(panelModulePath);
  },
};
