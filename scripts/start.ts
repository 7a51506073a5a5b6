/**
 * `npm start` (production build) and `npm run dev` (hot reload): validate the configuration, start the
 * embedded Scalekit AgentKit emulators (development and production) when no Scalekit environment is configured,
 * then the console, and print where it is and how to sign in. Ctrl-C stops them all.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EnvError, parseServerEnv, type ServerEnv } from '../lib/env-schema';
import { newestSourceMtime } from './lib/build-freshness';
import {
  adoptLegacyEmulatorState,
  consoleVariables,
  DEMO_CREDENTIALS,
  EMBEDDED_NAMES,
  emulatorVariables,
  portOf,
  webhookPathOf,
  type EmbeddedEnvironment,
} from './lib/emulator-environments';
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

/** An emulator signs its webhooks with this; kept in the data dir so a restart keeps both sides agreeing. */
function localWebhookSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, `webhook-secret-${name}`);
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

/**
 * The two emulators of the embedded default. Operator overrides keep their old meaning, for development: its
 * EMULATOR_DATA_DIR, EMULATOR_CLIENT_ID / _SECRET, EMULATOR_WEBHOOK_URL and SCALEKIT_WEBHOOK_SECRET.
 */
function embeddedEnvironments(dataDir: string, consolePort: number): EmbeddedEnvironment[] {
  const basePort = parsePort('EMULATOR_PORT', 4010);
  if (basePort >= 65535)
    fail(`EMULATOR_PORT: ${basePort} leaves no port for production (it uses EMULATOR_PORT + 1)`);
  const e = process.env;
  const moved = e.EMULATOR_DATA_DIR ? null : adoptLegacyEmulatorState(dataDir);
  if (moved) console.log(moved);
  return EMBEDDED_NAMES.map((name) => {
    const dev = name === 'development';
    const port = portOf(name, basePort);
    const ownDir = e.EMULATOR_DATA_DIR && (dev ? e.EMULATOR_DATA_DIR : `${e.EMULATOR_DATA_DIR}-${name}`);
    return {
      name,
      port,
      url: `http://127.0.0.1:${port}`,
      dataDir: path.resolve(ROOT, ownDir || path.join(dataDir, `emulator-${name}`)),
      clientId: (dev && e.EMULATOR_CLIENT_ID) || DEMO_CREDENTIALS[name].clientId,
      clientSecret: (dev && e.EMULATOR_CLIENT_SECRET) || DEMO_CREDENTIALS[name].clientSecret,
      webhookSecret: (dev && e.SCALEKIT_WEBHOOK_SECRET) || localWebhookSecret(dataDir, name),
      // The console's receiver for that environment (Next listens on 127.0.0.1).
      webhookUrl: (dev && e.EMULATOR_WEBHOOK_URL) || `http://127.0.0.1:${consolePort}${webhookPathOf(name)}`,
    };
  });
}

async function main() {
  const dev = process.argv.includes('--dev');
  loadDotEnv();
  const port = parsePort('PORT', 3000);
  const dataDir = path.resolve(ROOT, process.env.DATA_DIR || '.data');
  const configured = [
    'SCALEKIT_ENV_URL',
    'SCALEKIT_CLIENT_ID',
    'SCALEKIT_CLIENT_SECRET',
    'SCALEKIT_ENVIRONMENTS',
    'SCALEKIT_ENVIRONMENTS_FILE',
  ];
  const emulatorMode = configured.every((v) => !process.env[v]?.trim());
  // undefined removes a variable from the children's environment (consoleVariables uses it).
  const env: Record<string, string | undefined> = { NEXT_TELEMETRY_DISABLED: '1', DATA_DIR: dataDir };
  // One address to open: the one Next prints as "Local". AUTH_URL is passed on only when the operator set it:
  // pinned to one host name, Auth.js sent people who typed another (127.0.0.1 vs localhost) back to sign-in on
  // that name without their cookie. Unset, it answers on whatever local name the browser used (trustHost).
  const consoleUrl = process.env.AUTH_URL || process.env.CONSOLE_PUBLIC_URL || `http://127.0.0.1:${port}`;
  if (process.env.AUTH_URL) env.AUTH_URL = process.env.AUTH_URL;

  let embedded: EmbeddedEnvironment[] = [];
  if (emulatorMode) {
    embedded = embeddedEnvironments(dataDir, port);
    try {
      Object.assign(env, consoleVariables(embedded, process.env), {
        AUTH_SECRET: process.env.AUTH_SECRET || localAuthSecret(dataDir),
      });
    } catch (err) {
      fail((err as Error).message); // a malformed CONSOLE_USERS, named
    }
  } else {
    env.MCP_CONSOLE_BACKEND = 'scalekit';
  }

  // Validate exactly what the console will see, as production, so mistakes surface here and not on a page.
  let parsed: ServerEnv;
  try {
    parsed = parseServerEnv({ ...process.env, ...env, NODE_ENV: dev ? 'development' : 'production' });
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

  // Both emulators start together, each waited for on its own.
  await Promise.all(
    embedded.map((e) => {
      const extra = { EMULATOR_SEED: process.env.EMULATOR_SEED || 'demo' };
      const child = startEmulator(emulatorVariables(e, extra), false, `${e.name} emulator`);
      return waitForHttp(`${e.url}/keys`, 60_000, child);
    }),
  );
  if ((await build) !== 0) fail('next build failed (see the output above)');

  const next = startNext(dev ? 'dev' : 'start', port, env);
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, dev ? 180_000 : 60_000, next);
  printBanner({ consoleUrl, emulatorMode, env: parsed, dev });
  printSdkHowTo(embedded);
}

/**
 * Scalekit's SDKs (gRPC over TLS) reach each emulator on its own port and trust its local CA file (made by the
 * emulator on first start in its data dir). Only the public demo secrets are ever printed.
 */
function printSdkHowTo(embedded: EmbeddedEnvironment[]) {
  if (embedded.length === 0) return;
  const lines = ["  Scalekit's SDKs and guides (gRPC over TLS, same port; README: Scalekit's SDKs):"];
  for (const e of embedded) {
    const ca = path.join(e.dataDir, 'tls', 'ca.pem');
    const demo = Object.values(DEMO_CREDENTIALS).some((d) => d.clientSecret === e.clientSecret);
    lines.push(
      `    ${e.name}: SCALEKIT_ENV_URL=https://localhost:${e.port} SCALEKIT_CLIENT_ID=${e.clientId}` +
        ` SCALEKIT_CLIENT_SECRET=${demo ? e.clientSecret : '(your EMULATOR_CLIENT_SECRET)'}`,
      `      trust ${ca}: NODE_EXTRA_CA_CERTS (Node), GRPC_DEFAULT_SSL_ROOTS_FILE_PATH and REQUESTS_CA_BUNDLE (Python)`,
    );
  }
  console.log(`${lines.join('\n')}\n`);
}

function printBanner(o: { consoleUrl: string; emulatorMode: boolean; env: ServerEnv; dev: boolean }) {
  const width = Math.max(...o.env.environments.map((e) => e.name.length));
  const lines = [
    '',
    `  MCP Console is running${o.dev ? ' (dev, hot reload)' : ''}. Open ${o.consoleUrl}`,
    o.emulatorMode
      ? '  Environments: embedded Scalekit AgentKit emulators (demo data)'
      : '  Environments (Scalekit):',
    ...o.env.environments.map((e) => {
      const marks = [e.production && 'production', e.name === o.env.defaultEnvironment && 'default'];
      const shown = marks.filter(Boolean).join(', ');
      return `    ${e.name.padEnd(width)}  ${e.envUrl}${shown ? `  (${shown})` : ''}`;
    }),
  ];
  if (o.emulatorMode) {
    lines.push(
      '  Sign in with a demo account (password: demo):',
      '    admin@example.com    (admin: everything)',
      '    support@example.com  (support: read-only configs, users, auth links)',
      '    ops@example.com      (admin in development, support in production)',
    );
  }
  lines.push('  Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}

main().catch((err: unknown) => {
  console.error(`\nCannot start MCP Console: ${err instanceof Error ? err.message : String(err)}\n`);
  void stopAll(1);
});
