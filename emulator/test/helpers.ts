/** Starts a real emulator on a random port with its own temp state, for one test file. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmulator, type EmulatorOptions, type RunningEmulator } from '../src/server';

export interface TestEmulator extends RunningEmulator {
  dataDir: string;
  token(): Promise<string>;
  api<T = Record<string, unknown>>(
    method: string,
    p: string,
    body?: unknown,
  ): Promise<{ status: number; body: T; headers: Headers }>;
  control<T = Record<string, unknown>>(method: string, p: string, body?: unknown): Promise<T>;
  stop(): Promise<void>;
}

export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'emu-test-'));
  const emu = await startEmulator({ port: 0, seedUsers: 20, controls: true, ...options, dataDir });
  let cached: string | undefined;
  const token = async () => (cached ??= await getToken(emu.url, emu.clientId, emu.clientSecret));
  return {
    ...emu,
    dataDir,
    token,
    async api(method, p, body) {
      const res = await fetch(`${emu.url}${p}`, {
        method,
        headers: { authorization: `Bearer ${await token()}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: (text ? JSON.parse(text) : {}) as never, headers: res.headers };
    },
    async control(method, p, body) {
      const res = await fetch(`${emu.url}/_emulator${p}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return (await res.json()) as never;
    },
    async stop() {
      await emu.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function getToken(url: string, clientId: string, clientSecret: string): Promise<string> {
  const res = await fetch(`${url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    }),
  });
  if (!res.ok) throw new Error(`token: ${res.status}`);
  return ((await res.json()) as { access_token: string }).access_token;
}
