/** The typed activity client (tool-call logs, overview) against a real emulator over HTTP. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScalekitClient, type ScalekitClient } from '@/lib/scalekit';
import { startTestEmulator, type TestEmulator } from '@/emulator/test/helpers';

let emu: TestEmulator;
let sk: ScalekitClient;
beforeAll(async () => {
  emu = await startTestEmulator({ seedToolCalls: 800 });
  sk = createScalekitClient({
    baseUrl: emu.url,
    clientId: emu.clientId,
    clientSecret: emu.clientSecret,
    sleep: async () => {},
    logger: () => {},
    maxRetries: 0,
  });
});
afterAll(() => emu.stop());

const week = () => ({
  startTime: new Date(Date.now() - 7 * 86_400_000).toISOString(),
  endTime: new Date(Date.now() + 60_000).toISOString(),
});

describe('activity client against the emulator', () => {
  it('lists with filters and page tokens, parsed into camelCase types', async () => {
    const first = await sk.activity.list(
      { statuses: ['platform_error'], providers: ['gmail'] },
      { pageSize: 5 },
    );
    expect(first.items).toHaveLength(5);
    expect(first.totalSize).toBeGreaterThan(5);
    for (const l of first.items) {
      expect(l).toMatchObject({ status: 'platform_error', errorTier: 'platform', provider: 'gmail' });
      expect(l.errorCode).toMatch(/^CONNECTED_ACCOUNT_|^TOOL_|^INVALID_/);
      expect(typeof l.durationMs).toBe('number');
      expect(l.executionId).toMatch(/^exec_/);
    }
    const second = await sk.activity.list(
      { statuses: ['platform_error'], providers: ['gmail'] },
      { pageSize: 5, pageToken: first.nextPageToken },
    );
    expect(second.items.map((l) => l.id)).not.toContain(first.items[0].id);
    expect(second.prevPageToken).toBeTruthy();
  });

  it('gets one call by execution id, and a 404 (not "unavailable") for an unknown one', async () => {
    const [row] = (await sk.activity.list({ identifier: 'carol@example.com' }, { pageSize: 1 })).items;
    const one = await sk.activity.get(row.executionId);
    expect(one).toEqual(row);
    await expect(sk.activity.get('exec_missing')).rejects.toMatchObject({
      name: 'ScalekitError',
      status: 404,
      message: 'Execution ID not found',
    });
  });

  it('overview totals match the list for the same range and filters', async () => {
    const o = await sk.activity.overview(week(), { providers: ['gmail'] });
    const l = await sk.activity.list({ ...week(), providers: ['gmail'] }, { pageSize: 1 });
    expect(o.total).toBe(l.totalSize);
    expect(o.success + o.errors).toBe(o.total);
    expect(o.timeSeries.reduce((s, b) => s + b.total, 0)).toBe(o.total);
    expect(o.timeSeries[0].bucketSeconds).toBe(21_600);
    expect(o.connectors).toEqual([expect.objectContaining({ provider: 'gmail', total: o.total })]);
    expect(o.topErrorCodes[0].count).toBeGreaterThan(0);
  });

  it('passes validation errors through with their field, e.g. a bad page size', async () => {
    await expect(sk.activity.list({}, { pageSize: 101 })).rejects.toMatchObject({
      status: 400,
      fieldViolations: [expect.objectContaining({ field: 'page_size' })],
    });
  });

  it.each([404, 501])(
    'maps an upstream without the preview routes (%i) to activity_unavailable',
    async (status) => {
      await emu.control('POST', '/faults', { path: '/api/v1/agentkit/*', status });
      try {
        await expect(sk.activity.list()).rejects.toMatchObject({ code: 'activity_unavailable', status });
        await expect(sk.activity.overview(week())).rejects.toMatchObject({ code: 'activity_unavailable' });
      } finally {
        await emu.control('DELETE', '/faults');
      }
    },
  );
});
