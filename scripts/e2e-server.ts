/**
 * The system under test for Playwright: a fresh emulator (controls on, demo seed, temp state) and the
 * production build of the console pointed at it. Ports and dist dir come from the environment so several
 * runs can coexist: E2E_PORT (3100), E2E_EMULATOR_PORT (4110), NEXT_DIST_DIR (.next).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E } from '../e2e/support/e2e-env';
import {
  hasBuild,
  runNextBuild,
  startEmulator,
  startNext,
  stopAll,
  stopOnSignals,
  waitForHttp,
} from './lib/processes';

async function main() {
  stopOnSignals();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'mcp-console-e2e-'));
  // Live updates: the emulator signs its webhooks with this and sends them to the console, as `npm start` does.
  const webhookSecret = `whsec_${randomBytes(32).toString('base64')}`;
  const consoleEnv = {
    SCALEKIT_ENV_URL: E2E.emulatorUrl,
    SCALEKIT_CLIENT_ID: E2E.clientId,
    SCALEKIT_CLIENT_SECRET: E2E.clientSecret,
    MCP_CONSOLE_BACKEND: 'emulator',
    AUTH_SECRET: E2E.authSecret,
    AUTH_URL: E2E.consoleUrl,
    DATA_DIR: path.join(tmp, 'console'),
    NEXT_TELEMETRY_DISABLED: '1',
    SCALEKIT_WEBHOOK_SECRET: webhookSecret,
  };
  if (!hasBuild()) {
    console.log('No production build found: building once (set NEXT_DIST_DIR to use another).');
    if ((await runNextBuild(consoleEnv)) !== 0) throw new Error('next build failed');
  }
  const emulator = startEmulator(
    {
      EMULATOR_PORT: String(E2E.emulatorPort),
      EMULATOR_HOST: '127.0.0.1',
      EMULATOR_DATA_DIR: path.join(tmp, 'emulator'),
      EMULATOR_CLIENT_ID: E2E.clientId,
      EMULATOR_CLIENT_SECRET: E2E.clientSecret,
      EMULATOR_CONTROLS: '1',
      EMULATOR_SEED: 'demo',
      EMULATOR_WEBHOOK_URL: `${E2E.consoleUrl}/api/webhooks/scalekit`,
      EMULATOR_WEBHOOK_SECRET: webhookSecret,
    },
    true,
  );
  await waitForHttp(`${E2E.emulatorUrl}/keys`, 60_000, emulator);
  const next = startNext('start', E2E.consolePort, consoleEnv, true);
  await waitForHttp(`${E2E.consoleUrl}/api/health`, 120_000, next);
  console.log(`e2e: console ${E2E.consoleUrl}, emulator ${E2E.emulatorUrl}, state in ${tmp}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  void stopAll(1);
});
