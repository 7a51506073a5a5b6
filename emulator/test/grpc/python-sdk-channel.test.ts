/**
 * The Python SDK's own channel, rebuilt exactly (python_sdk_channel.py: Debian's python3-grpcio and
 * python3-requests, stubs generated here by Debian's protoc and grpc_python_plugin from emulator/proto, TLS with
 * the local CA through GRPC_DEFAULT_SSL_ROOTS_FILE_PATH and REQUESTS_CA_BUNDLE, `authorization` sent twice),
 * running the guides' MCP flow: create a config, ensure an instance twice, auth state with links, authorize,
 * poll until ACTIVE, an MCP client on the instance URL; then NOT_FOUND and UNAUTHENTICATED whose
 * `grpc-status-details-bin` decodes to ErrorInfo.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '../helpers';
import { runJsonChild } from './run-child';

const PROTO_DIR = path.join(import.meta.dirname, '..', '..', 'proto');
// Debian's interpreter, which has python3-grpcio; a pyenv or venv python3 earlier on PATH would not.
const PYTHON = process.env.PYTHON ?? (existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3');

function protoFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? protoFiles(path.join(dir, e.name), base)
      : e.name.endsWith('.proto')
        ? [path.relative(base, path.join(dir, e.name))]
        : [],
  );
}

let emu: TestEmulator;
let stubs: string;
beforeAll(async () => {
  emu = await startTestEmulator();
  stubs = mkdtempSync(path.join(os.tmpdir(), 'py-stubs-'));
  execFileSync('protoc', [
    `-I${PROTO_DIR}`,
    '-I/usr/include',
    `--python_out=${stubs}`,
    `--grpc_python_out=${stubs}`,
    '--plugin=protoc-gen-grpc_python=/usr/bin/grpc_python_plugin',
    ...protoFiles(PROTO_DIR),
  ]);
  await emu.ca.ensure();
});
afterAll(async () => {
  await emu.stop();
  rmSync(stubs, { recursive: true, force: true });
});

it("runs the guides' MCP flow over the Python SDK's TLS channel, with ErrorInfo on every error", async () => {
  const ca = emu.ca.caPath!;
  const r = await runJsonChild(
    PYTHON,
    [path.join(import.meta.dirname, 'python_sdk_channel.py'), emu.sdkUrl, emu.clientId, emu.clientSecret],
    { PYTHONPATH: stubs, GRPC_DEFAULT_SSL_ROOTS_FILE_PATH: ca, REQUESTS_CA_BUNDLE: ca },
  );
  const config = emu.store.getConfigByName('reminder-manager')!;
  expect(r.config).toEqual({
    id: config.id,
    name: 'reminder-manager',
    mcp_server_url: `${emu.url}/mcp/v3/servers/${config.serverUuid}`,
  });
  const instance = r.instance as { id: string; second_id: string; url: string; config_id: string };
  expect(instance.second_id).toBe(instance.id);
  expect(instance.config_id).toBe(config.id);
  expect(emu.store.instances.all().filter((i) => i.configId === config.id)).toHaveLength(1);
  expect(r.auth_state).toEqual([
    {
      connection_name: 'MY_GMAIL',
      status: 'PENDING_AUTH',
      link: expect.stringMatching(/\/connect\/authorize\//),
    },
    {
      connection_name: 'MY_CALENDAR',
      status: 'PENDING_AUTH',
      link: expect.stringMatching(/\/connect\/authorize\//),
    },
  ]);
  expect((r.after_authorize as { statuses: string[] }).statuses).toEqual(['ACTIVE', 'ACTIVE']);
  expect(emu.store.findAccount('python-guide@example.com', 'MY_CALENDAR')?.status).toBe('ACTIVE');
  expect(r.mcp_tools).toEqual(['gmail_fetch_mails', 'googlecalendar_create_event']);
  const decoded = { has_details_trailer: true, status_code_matches: true, status_message_matches: true };
  expect(r.not_found).toMatchObject({
    code: 'NOT_FOUND',
    message: 'MCP configuration does not exist',
    ...decoded,
    error_infos: [{ error_code: 'NOT_FOUND', request_id: expect.any(String) }],
  });
  expect(r.unauthenticated).toMatchObject({
    code: 'UNAUTHENTICATED',
    ...decoded,
    error_infos: [{ error_code: 'UNAUTHENTICATED', request_id: expect.any(String) }],
  });
}, 120_000);
