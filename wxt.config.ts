import { defineConfig } from 'wxt';
import { panelModuleHooks } from './scripts/build/panel-module';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  outDir: '.output',
  // Explicit imports keep every file readable on its own.
  imports: false,
  hooks: panelModuleHooks,
  manifest: {
    name: 'Creator Scout',
    description:
      'Vet Instagram and TikTok creators on their own page: engagement, comment spam, campaign fit, outreach. Nothing leaves your browser.',
    permissions: ['storage'],
    host_permissions: ['https://www.instagram.com/*', 'https://www.tiktok.com/*'],
  },
});
