import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createScalekitClient } from '@/lib/scalekit';
import { buildSnippets } from '@/lib/tokens/snippets';
import { startTestEmulator, type TestEmulator } from '@/emulator/test/helpers';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
let emu: TestEmulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.stop());

it('the TypeScript snippet, run as is with a fresh token, lists the config tools', async () => {
  const sk = createScalekitClient({
    baseUrl: emu.url,
    clientId: emu.clientId,
    clientSecret: emu.clientSecret,
    logger: () => {},
  });
  const config = (await sk.configs.list({ filter: { name: 'email-assistant' } })).items[0];
  const { token } = await sk.mcp.createSessionToken(config.id, { identifier: 'alice@example.com' });
  const snippet = buildSnippets({ serverUrl: config.mcpServerUrl, token, configName: config.name }).find(
    (s) => s.id === 'typescript',
  )!;
  // Written inside the repo (gitignored .data/) so the SDK resolves from node_modules, exactly as in a user's project.
  const dir = path.join(ROOT, '.data', 'snippet-test');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'agent.mts');
  writeFileSync(file, snippet.code);
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', file], {
    cwd: ROOT,
    timeout: 60_000,
  });
  const printed = stdout.trim().split('\n').sort();
  expect(printed).toEqual(config.mappings.flatMap((m) => m.tools).sort());
});

it('every snippet carries the server URL and the bearer token', () => {
  const snippets = buildSnippets({
    serverUrl: 'https://env.example/mcp/v3/servers/u',
    token: 'tok123',
    configName: 'my cfg',
  });
  expect(snippets.map((s) => s.id)).toEqual([
    'typescript',
    'langchain-python',
    'langchain-js',
    'inspector',
    'curl',
    'claude-desktop',
  ]);
  for (const s of snippets) {
    expect(s.code, s.id).toContain('https://env.example/mcp/v3/servers/u');
    expect(s.code, s.id).toContain('tok123');
  }
  const python = snippets.find((s) => s.id === 'langchain-python')!.code;
  expect(python).toContain('"transport": "streamable_http"');
  // LangChain 1.x's agent, not LangGraph's create_react_agent (deprecated in LangGraph 1.x).
  expect(python).toContain('from langchain.agents import create_agent');
  expect(python).not.toMatch(/create_react_agent|langgraph/);
  expect(JSON.parse(snippets.find((s) => s.id === 'claude-desktop')!.code).mcpServers.my_cfg.args).toContain(
    'mcp-remote',
  );
});
