import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, type InlineConfig, type Plugin } from 'vite';
import type { NestedHooks } from 'hookable';
import type { WxtHooks } from 'wxt';
import { ALL_MATCHES } from '../../lib/model/platforms';

/**
 * The on-page panel (React and the rules) is built as one ES module that the content scripts import
 * only when a creator page needs it, which keeps each content script small. WXT does not bundle
 * content scripts as ES modules yet (wxt-dev/wxt#357), so this adds a Vite build after WXT's.
 */
export const panelModulePath = 'content-scripts/panel/panel.js';

/**
 * The comment model's weights, a module of their own beside the panel: two thirds of the panel's
 * size otherwise. The content scripts import both and hand the weights to the panel.
 */
export const weightsModulePath = 'content-scripts/panel/model-weights.js';
const weightsSource = resolve(import.meta.dirname, '../../lib/rules/comments/model-weights.json');

/** In the panel build, the weights' import gives nothing: they come from their own module. */
const weightsApart: Plugin = {
  name: 'creator-scout:weights-apart',
  enforce: 'pre',
  resolveId(id) {
    return /(^|\/)model-weights\.json$/.test(id) ? '\0creator-scout:no-weights' : null;
  },
  load(id) {
    return id === '\0creator-scout:no-weights' ? 'export default null;' : null;
  },
};

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
      plugins: [weightsApart],
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
    // How the weights were trained, in words, stays in the repository's file: no page reads it.
    const {
      selectedBy: _selectedBy,
      trainedOn: _trainedOn,
      ...read
    } = JSON.parse(readFileSync(weightsSource, 'utf8')) as Record<string, unknown>;
    const weights = JSON.stringify(read);
    writeFileSync(resolve(wxt.config.outDir, weightsModulePath), `export default ${weights};\n`);
  },
  'build:manifestGenerated': (_wxt, manifest) => {
    manifest.web_accessible_resources ??= [];
    (manifest.web_accessible_resources as unknown[]).push({
      matches: ALL_MATCHES,
      resources: [`/${panelModulePath}`, `/${weightsModulePath}`],
      use_dynamic_url: true,
    });
  },
  'prepare:publicPaths': (_wxt, paths) => {
    paths.push(panelModulePath, weightsModulePath);
  },
};
