/** Starts console API instances (tests/support/api-instance.ts) as child processes, each its own console. */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll } from 'vitest';
import { startTestEmulator, type TestEmulator } from '@/emulator/test/helpers';

const root = path.resolve(import.meta.dirname, '../..');

export interface ApiInstance {
  url: string;
  /** Everything the instance wrote to stdout and stderr (tests check no secret is logged). */
  output(): string;
  createKey(o: {
    name: string;
    role: 'admin' | 'support';
    environments?: string[];
    expiresInDays?: number;
  }): Promise<{ id: number; key: string }>;
  revokeKey(id: number): Promise<void>;
  /** Records a sign-in as Auth.js does on this instance; returns the session id its cookie would carry. */
  signIn(email: string): Promise<string>;
  /** An admin ends every session of this person, through the server action. */
  endSessions(email: string): Promise<{ ok: boolean; data?: { ended: number }; error?: string }>;
  /** Whether this instance still lets the session in (the check every request makes). */
  sessionActive(sid: string): Promise<boolean>;
  stop(): void;
}

export function startApiInstance(
  emu: TestEmulator,
  env: Record<string, string | undefined> = {},
): Promise<ApiInstance> {
  const child = spawn(
    path.join(root, 'node_modules/.bin/tsx'),
    [
      '--import',
      path.join(root, 'tests/support/server-only-hook.mjs'),
      path.join(root, 'tests/support/api-instance.ts'),
    ],
    {
      cwd: root, // migrations are read from lib/db/migrations under the working directory
      env: {
        ...process.env,
        NODE_ENV: 'test',
        SCALEKIT_ENV_URL: emu.url,
        SCALEKIT_CLIENT_ID: emu.clientId,
        SCALEKIT_CLIENT_SECRET: emu.clientSecret,
        MCP_CONSOLE_BACKEND: 'emulator',
        DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'console-api-')),
        ...env,
      },
    },
  );
  let output = '';
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`api instance exited ${code}: ${output}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      output += `${line}\n`;
      if (!line.startsWith('{"ready"')) return;
      const { url } = JSON.parse(line) as { url: string };
      const post = async (p: string, body?: unknown) => {
        const res = await fetch(`${url}${p}`, { method: 'POST', body: JSON.stringify(body ?? {}) });
        if (!res.ok) throw new Error(`${p}: ${res.status} ${await res.text()}`);
        return res.json() as Promise<Record<string, unknown>>;
      };
      resolve({
        url,
        output: () => output,
        createKey: async (o) =>
          (await post('/__test/keys', {
            environments: ['default'],
            expiresInDays: 30,
            ...o,
          })) as unknown as { id: number; key: string },
        revokeKey: async (id) => void (await post(`/__test/keys/${id}/revoke`)),
        signIn: async (email) => (await post('/__test/sessions', { email })).sid as string,
        endSessions: async (email) =>
          (await post('/__test/sessions/end', { email })) as { ok: boolean; data?: { ended: number } },
        sessionActive: async (sid) => {
          const res = await fetch(`${url}/__test/sessions/${sid}`);
          return ((await res.json()) as { active: boolean }).active;
        },
        stop: () => {
          child.removeAllListeners('exit');
          child.kill();
        },
      });
    });
  });
}

/**
 * Two console instances (two processes) on one database and one emulator, started before the enclosing suite's
 * tests and stopped after them: what every "holds across instances" test needs. Read `a` and `b` in the tests.
 */
export function twoInstancesOn(databaseUrl: string | undefined): { a: ApiInstance; b: ApiInstance } {
  const pair = {} as { a: ApiInstance; b: ApiInstance };
  let emu: TestEmulator | undefined;
  beforeAll(async () => {
    emu = await startTestEmulator();
    [pair.a, pair.b] = await Promise.all([
      startApiInstance(emu, { DATABASE_URL: databaseUrl }),
      startApiInstance(emu, { DATABASE_URL: databaseUrl }),
    ]);
  }, 240_000);
  afterAll(async () => {
    pair.a?.stop();
    pair.b?.stop();
    await emu?.stop();
  });
  return pair;
}
