/**
 * Benchmarks that need the whole system: the production console pointed at a fresh emulator (with test
 * controls), on ports of their own so a dev server or e2e run can coexist. Needs a build (npm run build).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../e2e/support/chromium';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
// Overridable so two engineers (or a bench and an e2e run) on one machine do not collide.
const CONSOLE_PORT = process.env.BENCH_CONSOLE_PORT ?? '3310';
const EMULATOR_PORT = process.env.BENCH_EMULATOR_PORT ?? '4310';
export const CONSOLE = `http://127.0.0.1:${CONSOLE_PORT}`;
export const EMULATOR = `http://127.0.0.1:${EMULATOR_PORT}`;
const CLIENT = { id: 'skc_e2e_console', secret: 'skcs_e2e_canary_5f1d8c2b9a7e4d30' };

async function waitFor(url: string, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  throw new Error(`${url} did not come up`);
}

let token = '';

export async function startSystem() {
  token = ''; // a new emulator does not know the last one's API token
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/e2e-server.ts'], {
    cwd: ROOT,
    env: { ...process.env, E2E_PORT: CONSOLE_PORT, E2E_EMULATOR_PORT: EMULATOR_PORT },
    stdio: 'ignore',
    detached: true,
  });
  await waitFor(`${CONSOLE}/api/health`, 240_000);
  return {
    stop: () => {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    },
  };
}

export async function emulatorApi(method: string, p: string, body?: unknown) {
  if (!token) {
    const res = await fetch(`${EMULATOR}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: CLIENT.id,
        client_secret: CLIENT.secret,
      }),
    });
    token = ((await res.json()) as { access_token: string }).access_token;
  }
  const res = await fetch(`${EMULATOR}${p}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as Record<string, unknown>;
}

export async function emulatorControl(method: string, p: string, body?: unknown) {
  const res = await fetch(`${EMULATOR}/_emulator${p}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return (text ? JSON.parse(text) : {}) as Record<string, unknown>;
}

/** `extraArgs`: flags one bench needs on top of the usual ones (it says which and why in its output). */
/** The emulator's upstream request counters since the last reset: per route (`GET /api/v1/...`) and in total. */
export interface UpstreamCounters {
  counters?: Record<string, number>;
  total?: number;
}
export const upstreamCounters = async () => (await emulatorControl('GET', '/counters')) as UpstreamCounters;
export const resetUpstreamCounters = () => emulatorControl('DELETE', '/counters');

/** Waits until the console has stopped calling upstream for `quietMs` (work a page load started elsewhere). */
export async function waitForUpstreamQuiet(quietMs = 2_000, maxMs = 60_000) {
  const end = Date.now() + maxMs;
  let last = (await upstreamCounters()).total ?? 0;
  while (Date.now() < end) {
    await new Promise((r) => setTimeout(r, quietMs));
    const now = (await upstreamCounters()).total ?? 0;
    if (now === last) return;
    last = now;
  }
}

export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** A browser page signed in as the demo admin. */
export async function signedInPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${CONSOLE}/sign-in`, { timeout: 120_000 }); // a cold server compiles on first hit
  await page.getByLabel('Email').fill('admin@example.com');
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  return page;
}

export const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
