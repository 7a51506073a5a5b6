/**
 * The command line end to end, through two console instances (real route handlers, their own databases): export
 * every config of the demo environment, apply the file to an empty environment (an emulator seeded with nothing
 * but the demo's connections), export again: the same bytes. Planning or applying the file again says there is
 * nothing to do and exits 0. A support key cannot apply. No key appears in any output.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '@/emulator/test/helpers';
import { startApiInstance, type ApiInstance } from '../support/api-instances';

const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'cli-round-trip-'));
let demo: TestEmulator;
let empty: TestEmulator;
let a: ApiInstance;
let b: ApiInstance;
const keys: string[] = [];
const outputs: string[] = [];

function cli(
  args: string[],
  o: { url: string; key: string },
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/mcp-console.mjs'), ...args], {
      cwd: dir, // run from elsewhere, as a CI job in another repository would
      env: { ...process.env, MCP_CONSOLE_URL: o.url, MCP_CONSOLE_API_KEY: o.key, MCP_CONSOLE_ENV: 'default' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => {
      outputs.push(stdout, stderr);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  [demo, empty] = await Promise.all([startTestEmulator(), startTestEmulator({ seed: 'none' })]);
  // The empty environment gets the demo's connections (same names, same connectors), nothing else.
  const connections = await demo.api<{ connections: { key_id: string; provider_key: string }[] }>(
    'GET',
    '/api/v1/connections/app?page_size=100',
  );
  for (const c of connections.body.connections)
    await empty.control('POST', '/connections', {
      key_id: c.key_id,
      connector: c.provider_key.toLowerCase(),
    });
  [a, b] = await Promise.all([startApiInstance(demo), startApiInstance(empty)]);
}, 240_000);
afterAll(async () => {
  a?.stop();
  b?.stop();
  await Promise.all([demo?.stop(), empty?.stop()]);
});

describe('mcp-console round trip', () => {
  it('exports the demo environment, applies it to an empty one, and exports the same bytes', async () => {
    const keyA = await a.createKey({ name: 'ci-read', role: 'support' });
    const keyB = await b.createKey({ name: 'ci-deploy', role: 'admin' });
    keys.push(keyA.key, keyB.key);
    const A = { url: a.url, key: keyA.key };
    const B = { url: b.url, key: keyB.key };

    const exported = await cli(['export', '--file', 'demo.yaml'], A);
    expect(exported.code, exported.stderr).toBe(0);
    const file = readFileSync(path.join(dir, 'demo.yaml'), 'utf8');
    expect(file).toContain('email-assistant:');
    expect(file).toContain('connector: gmail');

    const plan = await cli(['plan', '--file', 'demo.yaml'], B);
    expect(plan.code, plan.stderr + plan.stdout).toBe(2); // changes
    expect(plan.stdout).toContain('+ create  email-assistant');
    expect(plan.stdout).toMatch(/Plan: 4 to create, 0 to update, 0 to delete, 0 unchanged/);

    const notOnTerminal = await cli(['apply', '--file', 'demo.yaml'], B);
    expect(notOnTerminal.code).toBe(1);
    expect(notOnTerminal.stderr).toContain('add --yes');

    const digest = /Plan digest: ([0-9a-f]{64})/.exec(plan.stdout)![1]!;
    const applied = await cli(['apply', '--file', 'demo.yaml', '--yes', '--digest', digest], B);
    expect(applied.code, applied.stderr + applied.stdout).toBe(0);
    expect(applied.stdout).toMatch(/Applied 4, skipped 0, refused 0, failed 0, not attempted 0/);

    const again = await cli(['export', '--file', '-'], B);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(file); // byte for byte

    const replan = await cli(['plan', '--file', 'demo.yaml'], B);
    expect(replan.code).toBe(0);
    expect(replan.stdout).toContain('No changes');
    const reapply = await cli(['apply', '--file', 'demo.yaml', '--yes'], B);
    expect(reapply.code).toBe(0);
    const json = await cli(['plan', '--file', 'demo.yaml', '--json'], B);
    expect(JSON.parse(json.stdout)).toMatchObject({ changes: false, summary: { unchanged: 4 } });
  }, 240_000);

  it('exits 1 with line numbers for an invalid file, and when a digest does not match', async () => {
    const k = await b.createKey({ name: 'ci-errors', role: 'admin' });
    keys.push(k.key);
    writeFileSync(path.join(dir, 'bad.yaml'), 'version: 1\nconfigs:\n  Bad Name:\n    connections: {}\n');
    const bad = await cli(['plan', '-f', 'bad.yaml'], { url: b.url, key: k.key });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('line 3, column 3, configs.Bad Name: Name can use lowercase letters');
    const wrong = await cli(['apply', '-f', 'demo.yaml', '--yes', '--digest', '0'.repeat(64)], {
      url: b.url,
      key: k.key,
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('not the 000000000000');
  }, 120_000);

  it('a support key can plan but cannot apply', async () => {
    const k = await b.createKey({ name: 'support-key', role: 'support' });
    keys.push(k.key);
    writeFileSync(
      path.join(dir, 'change.yaml'),
      'version: 1\nconfigs:\n  new-one:\n    connections:\n      gmail: { tools: all }\n',
    );
    const plan = await cli(['plan', '-f', 'change.yaml'], { url: b.url, key: k.key });
    expect(plan.code).toBe(2);
    const apply = await cli(['apply', '-f', 'change.yaml', '--yes'], { url: b.url, key: k.key });
    expect(apply.code).toBe(1);
    expect(apply.stderr).toContain(
      'The API key support-key has the role support, which does not allow this (403)',
    );
    const cfgs = await empty.api<{ configs: { name: string }[] }>('GET', '/api/v1/mcp/configs');
    expect(cfgs.body.configs.map((c) => c.name)).not.toContain('new-one');
  }, 120_000);

  it('never prints or logs a key', () => {
    const all = [...outputs, a.output(), b.output()].join('\n');
    expect(keys.length).toBeGreaterThan(2);
    for (const key of keys) expect(all).not.toContain(key);
  });
});
