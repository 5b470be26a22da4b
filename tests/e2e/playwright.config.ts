import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/e2e',
  // Each test launches its own browser profile; two at a time fits a 2-core machine.
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 7_000 },
  // One retry on CI only, so a machine hiccup does not block a landing; a retried test is still
  // reported as flaky in the output, and locally nothing is retried.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  projects: [
    // Every spec, the shared ones (tests/e2e/shared/, over the driver interface) included.
    { name: 'chromium', testMatch: '**/*.spec.ts', testIgnore: 'firefox/**' },
    // Firefox ESR runs the shared specs, over puppeteer-core and WebDriver BiDi (driver/firefox.ts),
    // and firefox/ (specs that need Firefox itself: sync with a Chromium profile).
    {
      name: 'firefox',
      testMatch: ['shared/**/*.spec.ts', 'firefox/**/*.spec.ts'],
      timeout: 90_000,
    },
  ],
});
