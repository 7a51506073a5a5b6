/**
 * `npm start` (production build) and `npm run dev` (hot reload): validate the configuration, start the
 * embedded Scalekit AgentKit emulator when no Scalekit credentials are set, then the console, and print
 * where it is and how to sign in. Ctrl-C stops both.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EnvError, parseServerEnv } from '../lib/env-schema';
import { newestSourceMtime } from './lib/build-freshness';
import {
  ROOT,
  hasBuild,
  runNextBuild,
  startEmulator,
  startNext,
  stopAll,
  stopOnSignals,
  waitForHttp,
} from './lib/processes';

const DEMO_CLIENT_ID = 'skc_emulator_demo';
const DEMO_CLIENT_SECRET = 'skcs_emulator_demo_secret';

function loadDotEnv() {
  for (const file of ['.env.local', '.env']) {
    const full = path.join(ROOT, file);
    if (existsSync(full)) process.loadEnvFile(full);
  }
}

function parsePort(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    fail(`${name}: "${raw}" is not a port number (1-65535)`);
  }
  return port;
}

function fail(message: string): never {
  console.error(`\nCannot start MCP Console:\n  - ${message}\n`);
  process.exit(1);
}

/** Emulator mode needs no setup: a random Auth.js secret is made once and kept in the data dir. */
function localAuthSecret(dataDir: string): string {
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** The emulator signs its webhooks with this; kept in the data dir so a restart keeps both sides agreeing. */
function localWebhookSecret(dataDir: string): string {
  const file = path.join(dataDir, 'webhook-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function buildIsStale(distDir: string): boolean {
  if (!hasBuild(distDir)) return true;
  const built = statSync(path.join(ROOT, distDir, 'BUILD_ID')).mtimeMs;
  return newestSourceMtime(ROOT) > built;
}

async function main() {
  const dev = process.argv.includes('--dev');
  loadDotEnv();
  const port = parsePort('PORT', 3000);
  const dataDir = path.resolve(ROOT, process.env.DATA_DIR || '.data');
  const skVars = ['SCALEKIT_ENV_URL', 'SCALEKIT_CLIENT_ID', 'SCALEKIT_CLIENT_SECRET'] as const;
  const emulatorMode = skVars.every((v) => !process.env[v]);
  const env: Record<string, string> = { NEXT_TELEMETRY_DISABLED: '1', DATA_DIR: dataDir };
  // One address to open: the one Next prints as "Local". AUTH_URL is passed on only when the operator set it:
  // pinned to one host name, Auth.js sent people who typed another (127.0.0.1 vs localhost) back to sign-in on
  // that name without their cookie. Unset, it answers on whatever local name the browser used (trustHost).
  const consoleUrl = process.env.AUTH_URL || process.env.CONSOLE_PUBLIC_URL || `http://127.0.0.1:${port}`;
  if (process.env.AUTH_URL) env.AUTH_URL = process.env.AUTH_URL;

  let emulatorPort = 0;
  if (emulatorMode) {
    emulatorPort = parsePort('EMULATOR_PORT', 4010);
    Object.assign(env, {
      SCALEKIT_ENV_URL: `http://127.0.0.1:${emulatorPort}`,
      SCALEKIT_CLIENT_ID: process.env.EMULATOR_CLIENT_ID || DEMO_CLIENT_ID,
      SCALEKIT_CLIENT_SECRET: process.env.EMULATOR_CLIENT_SECRET || DEMO_CLIENT_SECRET,
      MCP_CONSOLE_BACKEND: 'emulator',
      AUTH_SECRET: process.env.AUTH_SECRET || localAuthSecret(dataDir),
      SCALEKIT_WEBHOOK_SECRET: process.env.SCALEKIT_WEBHOOK_SECRET || localWebhookSecret(dataDir),
    });
  } else {
    env.MCP_CONSOLE_BACKEND = 'scalekit';
  }

  // Validate exactly what the console will see, as production, so mistakes surface here and not on a page.
  try {
    parseServerEnv({ ...process.env, ...env, NODE_ENV: dev ? 'development' : 'production' });
  } catch (err) {
    if (err instanceof EnvError) fail(err.problems.join('\n  - '));
    throw err;
  }

  stopOnSignals();
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const needsBuild = !dev && buildIsStale(distDir);
  // The build and the emulator start are independent: run them together.
  const build = needsBuild
    ? (console.log('Building the console (first start or sources changed)...'), runNextBuild(env))
    : Promise.resolve(0);

  if (emulatorMode) {
    const emulator = startEmulator({
      EMULATOR_PORT: String(emulatorPort),
      EMULATOR_HOST: '127.0.0.1',
      EMULATOR_DATA_DIR: process.env.EMULATOR_DATA_DIR || path.join(dataDir, 'emulator'),
      EMULATOR_CLIENT_ID: env.SCALEKIT_CLIENT_ID,
      EMULATOR_CLIENT_SECRET: env.SCALEKIT_CLIENT_SECRET,
      EMULATOR_SEED: process.env.EMULATOR_SEED || 'demo',
      // The console's webhook endpoint (Next listens on 127.0.0.1), signed with the console's secret.
      EMULATOR_WEBHOOK_URL:
        process.env.EMULATOR_WEBHOOK_URL || `http://127.0.0.1:${port}/api/webhooks/scalekit`,
      EMULATOR_WEBHOOK_SECRET: env.SCALEKIT_WEBHOOK_SECRET,
    });
    await waitForHttp(`${env.SCALEKIT_ENV_URL}/keys`, 60_000, emulator);
  }
  if ((await build) !== 0) fail('next build failed (see the output above)');

  const next = startNext(dev ? 'dev' : 'start', port, env);
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, dev ? 180_000 : 60_000, next);
  printBanner({ consoleUrl, emulatorMode, emulatorUrl: env.SCALEKIT_ENV_URL, dev });
  if (emulatorMode)
    printSdkHowTo(emulatorPort, process.env.EMULATOR_DATA_DIR || path.join(dataDir, 'emulator'), env);
}

/** Scalekit's SDKs (gRPC over TLS) reach the emulator on its own port; they trust its local CA file. */
function printSdkHowTo(emulatorPort: number, emulatorDataDir: string, env: Record<string, string>) {
  const ca = path.join(emulatorDataDir, 'tls', 'ca.pem');
  // Only the public demo secret is ever printed.
  const secret =
    env.SCALEKIT_CLIENT_SECRET === DEMO_CLIENT_SECRET ? DEMO_CLIENT_SECRET : '(your EMULATOR_CLIENT_SECRET)';
  console.log(
    [
      `  Scalekit SDKs and the guides' code: SCALEKIT_ENV_URL=https://localhost:${emulatorPort}`,
      `    SCALEKIT_CLIENT_ID=${env.SCALEKIT_CLIENT_ID} SCALEKIT_CLIENT_SECRET=${secret}`,
      `    and trust the local CA ${ca}:`,
      `    Node: NODE_EXTRA_CA_CERTS=${ca}`,
      `    Python: GRPC_DEFAULT_SSL_ROOTS_FILE_PATH=${ca} REQUESTS_CA_BUNDLE=${ca}`,
      '',
    ].join('\n'),
  );
}

function printBanner(o: { consoleUrl: string; emulatorMode: boolean; emulatorUrl?: string; dev: boolean }) {
  const lines = [
    '',
    `  MCP Console is running${o.dev ? ' (dev, hot reload)' : ''}. Open ${o.consoleUrl}`,
    o.emulatorMode
      ? `  Backend: embedded Scalekit AgentKit emulator at ${o.emulatorUrl} (demo data)`
      : `  Backend: Scalekit at ${process.env.SCALEKIT_ENV_URL}`,
  ];
  if (o.emulatorMode) {
    lines.push(
      '  Sign in with a demo account (password: demo):',
      '    admin@example.com    (admin: everything)',
      '    support@example.com  (support: read-only configs, users, auth links)',
    );
  }
  lines.push('  Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}

main().catch((err: unknown) => {
  console.error(`\nCannot start MCP Console: ${err instanceof Error ? err.message : String(err)}\n`);
  void stopAll(1);
});
