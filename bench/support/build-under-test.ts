/**
 * A production build in a checkout of its own (this one, or an older commit's worktree) started as its e2e
 * server starts it: that checkout's `scripts/e2e-server.ts`, fresh emulators with the demo seed, on the ports
 * given. A bench comparing two builds starts one of these per build. Each checkout needs its build first
 * (`npx tsx scripts/test.ts --skip=lint,format,typecheck,unit,e2e` in it).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from '@playwright/test';

// The e2e build's known client and accounts (e2e/support/e2e-env.ts), the same in every build so far.
const CLIENT = { id: 'skc_e2e_console', secret: 'skcs_e2e_canary_5f1d8c2b9a7e4d30' };
export const E2E_AUTH_SECRET = 'e2e-only-auth-secret-not-for-production-use';

export interface BuildUnderTest {
  root: string;
  consoleUrl: string;
  emulatorUrl: string;
  /** An authenticated GET to the build's (development) emulator REST API. */
  emulatorGet: (p: string) => Promise<unknown>;
  stop: () => void;
}

async function waitFor(url: string, ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`${url} did not come up in ${ms / 1000} s`);
}

export async function startBuild(root: string, consolePort: number, emulatorPort: number) {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID')))
    throw new Error(`${root} has no production build: run its scripts/test.ts build step first`);
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/e2e-server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      E2E_PORT: String(consolePort),
      E2E_EMULATOR_PORT: String(emulatorPort),
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const consoleUrl = `http://127.0.0.1:${consolePort}`;
  const emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
  try {
    await waitFor(`${consoleUrl}/api/health`, 240_000);
  } catch (err) {
    stop();
    throw err;
  }
  let token = '';
  const emulatorGet = async (p: string) => {
    if (!token) {
      const res = await fetch(`${emulatorUrl}/oauth/token`, {
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
    const res = await fetch(`${emulatorUrl}${p}`, { headers: { authorization: `Bearer ${token}` } });
    return (await res.json()) as unknown;
  };
  return { root, consoleUrl, emulatorUrl, emulatorGet, stop } satisfies BuildUnderTest;
}

/** Signs the demo admin in once, as e2e/auth.setup.ts does, and returns the session to start contexts from. */
export async function adminSession(browser: Browser, consoleUrl: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${consoleUrl}/sign-in`, { timeout: 120_000 });
  await page.getByLabel('Email').fill('admin@example.com');
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'), { timeout: 60_000 });
  const state = await context.storageState();
  await context.close();
  return state;
}
