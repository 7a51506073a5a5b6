import { defineConfig } from '@playwright/test';
import { E2E } from './e2e/support/e2e-env';

// Debian's Chromium, never a downloaded browser; these flags keep it quiet on a machine without network.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: E2E.consoleUrl,
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
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
