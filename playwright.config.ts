import { defineConfig } from '@playwright/test';

// Browser tests load the built extension (.output/chrome-mv3, made by `npm run build`) in Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  // Each test launches its own Chromium with its own profile, so files run side by side: two
  // workers take the browser run from about 16 to about 6 minutes on a two-core machine.
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : [['list']],
  use: { trace: 'off' },
});
