/** The instance-URL snippets, run as pasted against the emulator: no header, exactly the config's tools. */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildInstanceSnippets } from '@/lib/instances/snippets';
import { startTestEmulator, type TestEmulator } from '@/emulator/test/helpers';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);
let emu: TestEmulator;
let url: string;
let expected: string[];
beforeAll(async () => {
  emu = await startTestEmulator();
  const r = await emu.api<{
    instances: { url: string; config: { connection_tool_mappings: { tools: string[] }[] } }[];
  }>('GET', '/api/v1/mcp/instances?filter.user_identifier=john-doe');
  url = r.body.instances[0]!.url;
  expected = r.body.instances[0]!.config.connection_tool_mappings.flatMap((m) => m.tools).sort();
});
afterAll(() => emu.stop());

const snippet = (id: string) =>
  buildInstanceSnippets({ url, configName: 'reminder-assistant' }).find((s) => s.id === id)!.code;

// Written inside the repo (gitignored .data/) so the packages resolve from node_modules, as in a user's project.
async function runScript(id: string) {
  const dir = path.join(ROOT, '.data', 'snippet-test-instances');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${id}.mts`);
  writeFileSync(file, snippet(id));
  const { stdout } = await run(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, timeout: 60_000 });
  return stdout.trim().split('\n').sort();
}

it('the TypeScript SDK snippet lists exactly the mapped tools with no header', async () => {
  expect(expected.length).toBeGreaterThan(0);
  expect(await runScript('typescript')).toEqual(expected);
});

it('the LangChain JS snippet lists exactly the mapped tools', async () => {
  expect(await runScript('langchain-js')).toEqual(expected);
});

it('the curl snippet initializes a session', async () => {
  const { stdout } = await run('sh', ['-c', snippet('curl')], { timeout: 30_000 });
  expect(stdout).toContain('"protocolVersion"');
  expect(stdout).toContain('"serverInfo"');
});

it('no instance snippet carries a header; the Python one is a complete script with the URL filled in', () => {
  for (const s of buildInstanceSnippets({ url, configName: 'reminder-assistant' })) {
    expect(s.code, s.id).toContain(url);
    expect(s.code, s.id).not.toMatch(/authorization/i);
  }
  const py = snippet('langchain-python');
  expect(py).toContain('"transport": "streamable_http"');
  expect(py).toContain('asyncio.run(main())');
  expect(py).toMatch(/^# Run: pip install/);
});
