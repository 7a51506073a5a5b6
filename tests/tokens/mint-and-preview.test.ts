import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runAsUser } from '@/lib/auth/test-user';
import type { TestEmulator } from '@/emulator/test/helpers';
import { ADMIN, startConsoleEnv } from '../support/console-env';

let emu: TestEmulator;
let configId: string;
const logged: string[] = [];
beforeAll(async () => {
  emu = await startConsoleEnv();
  const r = await emu.api<{ configs: { id: string }[] }>(
    'GET',
    '/api/v1/mcp/configs?filter.name=email-assistant',
  );
  configId = r.body.configs[0].id;
  for (const m of ['log', 'info', 'warn', 'error'] as const) {
    vi.spyOn(console, m).mockImplementation(
      (...args: unknown[]) => void logged.push(args.map(String).join(' ')),
    );
  }
});
afterAll(() => emu.stop());

const asAdmin = <T>(fn: () => Promise<T>) => runAsUser(ADMIN, fn);

describe('minting and preview', () => {
  const tokens: string[] = [];

  it('mints for a ready user and returns the token once, with decoded claims', async () => {
    const { mintTokenAction } = await import('@/lib/tokens/actions/mint-token');
    const r = await asAdmin(() =>
      mintTokenAction({
        configId,
        identifier: 'alice@example.com',
        expirySeconds: 600,
        accessLevel: 'READ_ONLY',
      }),
    );
    if (!r.ok) throw new Error(r.error);
    tokens.push(r.data.token);
    expect(r.data.claims).toMatchObject({
      sub: 'alice@example.com',
      accessLevel: 'READ_ONLY',
      aud: r.data.serverUrl,
    });
    expect(r.data.claims.exp - r.data.claims.iat).toBe(600);
  });

  it('explains which connection is not ready instead of a bare 400', async () => {
    const { mintTokenAction } = await import('@/lib/tokens/actions/mint-token');
    const r = await asAdmin(() =>
      mintTokenAction({ configId, identifier: 'bob@example.com', expirySeconds: 600, accessLevel: 'FULL' }),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/googlecalendar.*auth link/s);
  });

  it('validates input with messages that say what to fix', async () => {
    const { mintTokenAction } = await import('@/lib/tokens/actions/mint-token');
    const r = await asAdmin(() =>
      mintTokenAction({ configId, identifier: '', expirySeconds: 30, accessLevel: 'ROOT' as never }),
    );
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: {
        identifier: ['Enter the user identifier'],
        expirySeconds: ['Expiry must be at least 60 seconds'],
        accessLevel: ['Access level is FULL or READ_ONLY'],
      },
    });
  });

  it('previews exactly the mapped tools; READ_ONLY sees only read-only ones; write tools are never called', async () => {
    const { previewToolsAction } = await import('@/lib/tokens/actions/preview-tools');
    const { callPreviewToolAction } = await import('@/lib/tokens/actions/call-preview-tool');
    const full = await asAdmin(() =>
      previewToolsAction({ configId, identifier: 'alice@example.com', accessLevel: 'FULL' }),
    );
    if (!full.ok) throw new Error(full.error);
    expect(full.data.tools.map((t) => t.name).sort()).toEqual(
      [
        'gmail_fetch_mails',
        'gmail_get_message_by_id',
        'gmail_send_message',
        'googlecalendar_create_event',
        'googlecalendar_list_events',
      ].sort(),
    );
    const ro = await asAdmin(() =>
      previewToolsAction({ configId, identifier: 'alice@example.com', accessLevel: 'READ_ONLY' }),
    );
    if (!ro.ok) throw new Error(ro.error);
    expect(ro.data.tools.every((t) => t.readOnly)).toBe(true);
    expect(ro.data.tools.length).toBeLessThan(full.data.tools.length);
    const call = await asAdmin(() =>
      callPreviewToolAction({
        configId,
        identifier: 'alice@example.com',
        accessLevel: 'FULL',
        toolName: 'gmail_fetch_mails',
        arguments: { max_results: 2 },
      }),
    );
    if (!call.ok) throw new Error(call.error);
    expect(call.data.text).toContain('alice@example.com');
    // The preview session is reused: calling again mints nothing and reads no config upstream.
    await emu.control('DELETE', '/counters');
    const again = await asAdmin(() =>
      callPreviewToolAction({
        configId,
        identifier: 'alice@example.com',
        accessLevel: 'FULL',
        toolName: 'gmail_fetch_mails',
        arguments: { max_results: 1 },
      }),
    );
    expect(again.ok).toBe(true);
    const counters =
      (await emu.control<{ counters?: Record<string, number> }>('GET', '/counters')).counters ?? {};
    expect(
      Object.keys(counters).filter(
        (k) => k.startsWith('POST /api/v1/mcp/configs') || k.startsWith('GET /api/v1/mcp/configs'),
      ),
    ).toEqual([]);
    const write = await asAdmin(() =>
      callPreviewToolAction({
        configId,
        identifier: 'alice@example.com',
        accessLevel: 'FULL',
        toolName: 'gmail_send_message',
        arguments: {},
      }),
    );
    expect(write).toMatchObject({ ok: false, error: expect.stringContaining('not read-only') });
    const badArgs = await asAdmin(() =>
      callPreviewToolAction({
        configId,
        identifier: 'alice@example.com',
        accessLevel: 'FULL',
        toolName: 'gmail_fetch_mails',
        arguments: { max_results: 'many' },
      }),
    );
    expect(badArgs).toMatchObject({ ok: false, fieldErrors: { max_results: [expect.any(String)] } });
  });

  it('rate-limits minting per operator', async () => {
    const { mintTokenAction } = await import('@/lib/tokens/actions/mint-token');
    let refused: string | undefined;
    for (let i = 0; i < 12 && !refused; i++) {
      const r = await asAdmin(() =>
        mintTokenAction({
          configId,
          identifier: 'alice@example.com',
          expirySeconds: 60,
          accessLevel: 'FULL',
        }),
      );
      if (r.ok) tokens.push(r.data.token);
      else refused = r.error;
    }
    expect(refused).toMatch(/minted 10 tokens in the last minute/);
  });

  it('records every mint in the ledger and the audit log, and no token appears in logs, ledger, audit or database files', async () => {
    const { listLedger } = await import('@/lib/tokens/ledger');
    const { listAudit } = await import('@/lib/audit/query');
    const ledger = await listLedger({}, 100);
    expect(ledger.entries.length).toBeGreaterThanOrEqual(10);
    expect(ledger.entries.every((e) => e.tokenId.length > 10)).toBe(true);
    const audit = await listAudit({ action: 'token.mint' }, { limit: 100 });
    expect(audit.entries[audit.entries.length - 1].summary).toMatch(
      /Minted READ_ONLY token for alice@example.com on email-assistant \(10 min\)/,
    );
    const { getDb } = await import('@/lib/db/client');
    const { raw } = await getDb();
    const dump = JSON.stringify([
      await raw.query('SELECT * FROM token_ledger'),
      await raw.query('SELECT * FROM audit_log'),
    ]);
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) =>
        statSync(path.join(dir, f)).isDirectory() ? files(path.join(dir, f)) : [path.join(dir, f)],
      );
    const onDisk = files(process.env.DATA_DIR!)
      .map((f) => readFileSync(f).toString('latin1'))
      .join('');
    expect(tokens.length).toBeGreaterThan(5);
    for (const t of tokens) {
      const signature = t.split('.')[2];
      expect(dump).not.toContain(signature);
      expect(onDisk).not.toContain(signature);
      expect(logged.join('\n')).not.toContain(signature);
    }
  });
});
