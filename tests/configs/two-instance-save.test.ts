/**
 * Two console instances (two real processes) on one PostgreSQL and one emulator save the same config at the
 * same moment, round after round, with upstream latency so the read-compare-write windows overlap. Zero silent
 * overwrites: in every round one save wins on the version both read, the other is refused as a conflict, and
 * the config ends as the winner wrote it. Needs TEST_DATABASE_URL (skipped only without PostgreSQL).
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '@/emulator/test/helpers';

const pgUrl = process.env.TEST_DATABASE_URL;
const ROUNDS = 20;
const root = path.resolve(import.meta.dirname, '../..');

interface Instance {
  ask(cmd: Record<string, unknown>): Promise<Record<string, unknown>>;
  stop(): void;
}

function startInstance(emu: TestEmulator): Promise<Instance> {
  const child: ChildProcessWithoutNullStreams = spawn(
    path.join(root, 'node_modules/.bin/tsx'),
    [
      '--import',
      path.join(root, 'tests/support/server-only-hook.mjs'),
      path.join(import.meta.dirname, 'save-instance.ts'),
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
        DATABASE_URL: pgUrl,
        DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'console-instance-')),
      },
    },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const waiting: ((v: Record<string, unknown>) => void)[] = [];
  let ready: () => void;
  const started = new Promise<void>((r) => (ready = r));
  createInterface({ input: child.stdout }).on('line', (line) => {
    const msg = JSON.parse(line) as Record<string, unknown>;
    if (msg.ready) ready();
    else waiting.shift()?.(msg);
  });
  child.on('exit', (code) => {
    if (code)
      for (const w of waiting.splice(0)) w({ outcome: 'error', message: `exited ${code}: ${stderr}` });
  });
  return started.then(() => ({
    ask(cmd) {
      return new Promise((resolve) => {
        waiting.push(resolve);
        child.stdin.write(`${JSON.stringify(cmd)}\n`);
      });
    },
    stop: () => child.kill(),
  }));
}

describe.skipIf(!pgUrl)('two console instances on one PostgreSQL', () => {
  let emu: TestEmulator;
  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    emu = await startTestEmulator();
    [a, b] = await Promise.all([startInstance(emu), startInstance(emu)]);
  }, 120_000);
  afterAll(async () => {
    a?.stop();
    b?.stop();
    await emu?.stop();
  });

  it(`never silently overwrite each other (${ROUNDS} concurrent rounds with upstream latency)`, async () => {
    const created = await emu.api<{ config: { id: string } }>('POST', '/api/v1/mcp/configs', {
      name: `race-${Date.now().toString(36)}`,
      description: 'start',
      connection_tool_mappings: [{ connection_name: 'gmail', tools: ['gmail_fetch_mails'] }],
    });
    const id = created.body.config.id;
    await emu.control('POST', '/faults', { path: '/api/v1/mcp/configs/*', latency_ms: 40 });
    const mapping = [{ connectionName: 'gmail', allTools: false, tools: ['gmail_fetch_mails'] }];
    const overwritten: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const base = (await a.ask({ op: 'read', id })) as { hash: string };
      const draft = (who: string) => ({ description: `${who}-${round}`, mappings: mapping });
      const answers = await Promise.all([
        a.ask({ op: 'save', id, baseHash: base.hash, draft: draft('a'), actor: 'a@example.com' }),
        b.ask({ op: 'save', id, baseHash: base.hash, draft: draft('b'), actor: 'b@example.com' }),
      ]);
      for (const x of answers) expect(x.outcome, JSON.stringify(x)).not.toBe('error');
      const winners = answers.filter((x) => x.outcome === 'saved');
      if (winners.length !== 1) overwritten.push(round);
      const final = (await a.ask({ op: 'read', id })) as { snapshot: { description: string } };
      expect(final.snapshot.description).toBe(winners[winners.length - 1]?.description);
    }
    await emu.control('DELETE', '/faults');
    expect(overwritten, 'rounds in which both saves answered ok').toEqual([]);
  }, 180_000);
});
