/**
 * Points the console's server code (lib/env.ts, the Scalekit client registry, getDb) at a fresh test emulator and a temp
 * database. Call before the first server call of a test file.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestEmulator, type TestEmulator } from '@/emulator/test/helpers';

export async function startConsoleEnv(): Promise<TestEmulator> {
  const emu = await startTestEmulator();
  Object.assign(process.env, {
    SCALEKIT_ENV_URL: emu.url,
    SCALEKIT_CLIENT_ID: emu.clientId,
    SCALEKIT_CLIENT_SECRET: emu.clientSecret,
    MCP_CONSOLE_BACKEND: 'emulator',
    CONSOLE_PUBLIC_URL: 'https://console.example.test', // links are built on the public URL
    DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'console-test-')),
  });
  // Open the database (PGlite boot + migrations) here, under the hook's timeout, not inside the first test.
  await (await import('@/lib/db/client')).getDb();
  return emu;
}

export const ADMIN = { email: 'admin@example.com', name: 'Admin', role: 'admin' as const };
export const SUPPORT = { email: 'support@example.com', name: 'Support', role: 'support' as const };
