/**
 * The system under test for Playwright: fresh emulators (controls on, demo seeds, temp state), development on
 * E2E_EMULATOR_PORT and production on the next port as `npm start` runs them, and the production build of the
 * console pointed at both. Ports and dist dir come from the environment so several runs can coexist: E2E_PORT
 * (3100), E2E_EMULATOR_PORT (4110, and 4111), NEXT_DIST_DIR (.next).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E } from '../e2e/support/e2e-env';
import {
  consoleVariables,
  emulatorVariables,
  webhookPathOf,
  type EmbeddedEnvironment,
  type EmbeddedName,
} from './lib/emulator-environments';
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
  // Live updates: each emulator signs its webhooks with its own secret and sends them to the console's receiver
  // for its environment, as `npm start` does.
  const environment = (
    name: EmbeddedName,
    e: { emulatorPort: number; emulatorUrl: string; clientId: string; clientSecret: string },
  ): EmbeddedEnvironment => ({
    name,
    port: e.emulatorPort,
    url: e.emulatorUrl,
    dataDir: path.join(tmp, `emulator-${name}`),
    clientId: e.clientId,
    clientSecret: e.clientSecret,
    webhookSecret: `whsec_${randomBytes(32).toString('base64')}`,
    webhookUrl: `${E2E.consoleUrl}${webhookPathOf(name)}`,
  });
  const environments = [environment('development', E2E), environment('production', E2E.production)];
  const consoleEnv = {
    ...consoleVariables(environments, process.env),
    AUTH_SECRET: E2E.authSecret,
    AUTH_URL: E2E.consoleUrl,
    DATA_DIR: path.join(tmp, 'console'),
    NEXT_TELEMETRY_DISABLED: '1',
  };
  if (!hasBuild()) {
    console.log('No production build found: building once (set NEXT_DIST_DIR to use another).');
    if ((await runNextBuild(consoleEnv)) !== 0) throw new Error('next build failed');
  }
  await Promise.all(
    environments.map((e) => {
      const vars = emulatorVariables(e, { EMULATOR_CONTROLS: '1', EMULATOR_SEED: 'demo' });
      return waitForHttp(`${e.url}/keys`, 60_000, startEmulator(vars, true, `${e.name} emulator`));
    }),
  );
  const next = startNext('start', E2E.consolePort, consoleEnv, true);
  await waitForHttp(`${E2E.consoleUrl}/api/health`, 120_000, next);
  const emulators = environments.map((e) => `${e.name} ${e.url}`).join(', ');
  console.log(`e2e: console ${E2E.consoleUrl}, emulators ${emulators}, state in ${tmp}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  void stopAll(1);
});
