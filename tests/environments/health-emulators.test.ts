/**
 * Health of every environment against real emulators: one answering, one slow (injected latency), one down.
 * Probed in parallel with bounded timeouts, and shared for a few seconds (one upstream call per window).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestEmulator, type TestEmulator } from '@/emulator/test/helpers';

let up: TestEmulator;
let slow: TestEmulator;
let down: TestEmulator;

const pings = async (emu: TestEmulator) =>
  (await emu.control<{ counters?: Record<string, number> }>('GET', '/counters')).counters?.[
    'GET /api/v1/mcp/configs'
  ] ?? 0;

beforeAll(async () => {
  const opts = { seed: 'none' as const, seedToolCalls: 0 };
  [up, slow, down] = await Promise.all([
    startTestEmulator(opts),
    startTestEmulator(opts),
    startTestEmulator(opts),
  ]);
  const vars: Record<string, string> = { SCALEKIT_ENVIRONMENTS: 'development,staging,production' };
  for (const [name, emu] of [
    ['DEVELOPMENT', up],
    ['STAGING', slow],
    ['PRODUCTION', down],
  ] as const) {
    vars[`SCALEKIT_${name}_ENV_URL`] = emu.url;
    vars[`SCALEKIT_${name}_CLIENT_ID`] = emu.clientId;
    vars[`SCALEKIT_${name}_CLIENT_SECRET`] = emu.clientSecret;
  }
  for (const k of ['SCALEKIT_ENV_URL', 'SCALEKIT_CLIENT_ID', 'SCALEKIT_CLIENT_SECRET']) delete process.env[k];
  Object.assign(process.env, vars, { DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'health-')) });
  await slow.control('POST', '/faults', { path: '/api/v1/mcp/configs*', latency_ms: 700 });
  await down.stop();
});

afterAll(async () => {
  await Promise.all([up.stop(), slow.stop()]);
});

describe('environment health', () => {
  it('probes every environment in parallel: answering, slow, failing, in display order', async () => {
    const { allEnvironmentsHealth } = await import('@/lib/environments/health');
    const started = Date.now();
    const health = await allEnvironmentsHealth({ slowMs: 400, timeoutMs: 2_500 });
    const took = Date.now() - started;
    expect(health.map((h) => [h.name, h.state])).toEqual([
      ['development', 'answering'],
      ['staging', 'slow'],
      ['production', 'failing'],
    ]);
    expect(health[1].latencyMs).toBeGreaterThanOrEqual(700);
    // In words anyone may read; the internal address only in the admins' detail.
    expect(health[2].error).toBe('Scalekit is not answering; try again shortly');
    expect(health[2].detail).toContain(down.url);
    expect(health[0].detail).toBeUndefined();
    // In parallel: less than the three probes' times added up (one after another could not be); bounded.
    expect(took).toBeLessThan(health.reduce((sum, h) => sum + h.latencyMs, 0));
    expect(took).toBeLessThan(2_500 + 1_000);
  });

  it('gives up on an environment that does not answer by the deadline', async () => {
    await slow.control('DELETE', '/faults');
    await slow.control('POST', '/faults', { path: '/api/v1/mcp/configs*', latency_ms: 3_000 });
    const { environmentHealth } = await import('@/lib/environments/health');
    const started = Date.now();
    const h = await environmentHealth('staging', { timeoutMs: 300, slowMs: 100 });
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(h).toMatchObject({
      name: 'staging',
      state: 'failing',
      latencyMs: 300,
      error: 'did not answer within 0.3 s',
    });
    await slow.control('DELETE', '/faults');
  });

  it('shares one probe per environment for a few seconds, however many ask', async () => {
    const { environmentHealth } = await import('@/lib/environments/health');
    await up.control('DELETE', '/counters');
    const results = await Promise.all(
      Array.from({ length: 20 }, () => environmentHealth('development', { ttlMs: 2_000 })),
    );
    await environmentHealth('development', { ttlMs: 2_000 });
    expect(new Set(results.map((r) => r.checkedAt)).size).toBe(1);
    expect(await pings(up)).toBe(1);
  });

  it('refuses an unknown environment as a 404', async () => {
    const { environmentHealth } = await import('@/lib/environments/health');
    await expect(environmentHealth('qa')).rejects.toMatchObject({ name: 'ActionError', status: 404 });
  });
});
