/**
 * A second console from the same production build, for a spec that needs settings the shared one does not
 * have (another sign-in method). It talks to the same e2e emulator with its own data directory and port.
 * AUTH_URL is left unset, as `npm start` leaves it: the console answers on the host the browser used.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { E2E } from './e2e-env';

export interface ExtraConsole {
  url: string;
  stop(): Promise<void>;
}

/** A port nothing listens on right now: the OS picks it, then lets it go for the child to take. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export async function startExtraConsole(port: number, env: Record<string, string>): Promise<ExtraConsole> {
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'mcp-console-e2e-extra-'));
  const stderr: string[] = [];
  const proc = spawn(
    process.execPath,
    [
      '--import',
      path.resolve('scripts/peer-address.mjs'), // as npm start runs it (scripts/lib/processes.ts)
      path.resolve('node_modules/next/dist/bin/next'),
      'start',
      '-p',
      String(port),
      '-H',
      '127.0.0.1',
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_DIST_DIR: E2E.distDir,
        NEXT_TELEMETRY_DISABLED: '1',
        SCALEKIT_ENV_URL: E2E.emulatorUrl,
        SCALEKIT_CLIENT_ID: E2E.clientId,
        SCALEKIT_CLIENT_SECRET: E2E.clientSecret,
        MCP_CONSOLE_BACKEND: 'emulator',
        AUTH_SECRET: E2E.authSecret,
        DATA_DIR: dataDir,
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
      // Its own process group, so stopping it also stops anything it forked.
      detached: true,
    },
  );
  proc.stderr.on('data', (c: Buffer) => stderr.push(c.toString('utf8')));
  const exited = new Promise<void>((r) => proc.once('exit', () => r()));
  const stop = async () => {
    if (proc.exitCode === null && proc.signalCode === null) {
      process.kill(-proc.pid!, 'SIGTERM');
      const slow = setTimeout(() => proc.exitCode === null && process.kill(-proc.pid!, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(slow);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`the extra console exited:\n${stderr.join('')}`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      await res.body?.cancel();
      return { url, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`the extra console did not answer at ${url} within 60 s:\n${stderr.join('')}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
