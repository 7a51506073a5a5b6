import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/support/chromium';
import { E2E } from './e2e/support/e2e-env';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Journeys with two browsers and a provider round trip take ~30 s on an idle 2-core machine: room for CI.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  // One retry in CI, so a failure shows its trace twice; but a test that passed only on its retry is flaky, and
  // a flaky test fails the run.
  retries: process.env.CI ? 1 : 0,
  failOnFlakyTests: true,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: E2E.consoleUrl,
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    {
      name: 'admin',
      testMatch: /.*\.admin\.spec\.ts/,
      dependencies: ['setup'],
      use: { storageState: E2E.authFile('admin') },
    },
    {
      name: 'support',
      testMatch: /.*\.support\.spec\.ts/,
      dependencies: ['setup'],
      use: { storageState: E2E.authFile('support') },
    },
    { name: 'public', testMatch: /.*\.public\.spec\.ts/ },
  ],
  webServer: {
    command: 'npx tsx scripts/e2e-server.ts',
    url: `${E2E.consoleUrl}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 300_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
