/** The activity page loaders against a real emulator: upstream calls per view, the run order, "unavailable". */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIVITY_UNAVAILABLE,
  isActivityUnavailable,
  loadActivityPage,
  loadAgentRun,
  loadExecution,
  loadOverview,
} from '@/lib/activity/load';
import { parseActivityQuery } from '@/lib/activity/filters';
import { pageLoad } from '@/lib/request/page-load';
import type { RequestContext } from '@/lib/request/context';
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
afterEach(() => emu.control('DELETE', '/faults'));

const LIST = 'GET /api/v1/agentkit/tool_call_logs';
const counters = async () => (await emu.control('GET', '/counters')) as { counters: Record<string, number> };

describe('activity loaders', () => {
  it('a log page is one upstream call, filters applied, and its page token opens the next page', async () => {
    const q = parseActivityQuery({ range: '7d', outcome: 'failed', provider: 'gmail', size: '10' });
    if (!q.ok) throw new Error(q.messages.join());
    await sk.activity.list({}, { pageSize: 1 }); // the client's token is fetched outside the measured view
    await emu.control('DELETE', '/counters');
    const first = await loadActivityPage(sk, q.value.filters, { pageSize: 10 });
    const after = await counters();
    expect(after.counters[LIST]).toBe(1);
    expect(Object.values(after.counters).reduce((a, b) => a + b, 0)).toBe(1);
    expect(first.items).toHaveLength(10);
    expect(first.items.every((c) => c.status !== 'success' && c.provider === 'gmail')).toBe(true);
    const second = await loadActivityPage(sk, q.value.filters, {
      pageSize: 10,
      pageToken: first.nextPageToken,
    });
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
  });

  it("loads carol's expired Gmail call with the config it came through, in two upstream calls", async () => {
    const failures = await sk.activity.list(
      { identifier: 'carol@example.com', statuses: ['platform_error'], sources: ['MCP'] },
      { pageSize: 100 },
    );
    const expired = failures.items.find(
      (c) => c.errorCode === 'CONNECTED_ACCOUNT_EXPIRED' && c.source === 'MCP',
    );
    expect(expired).toBeDefined();
    await emu.control('DELETE', '/counters');
    const { call, door } = await loadExecution(sk, expired!.executionId);
    expect(call.identifier).toBe('carol@example.com');
    expect(door).toMatchObject({ configId: call.mcpConfigId, configName: expect.any(String) });
    // The call and its config: no list of every config to find the ones mapping the connection.
    const after = await counters();
    expect(Object.values(after.counters).reduce((a, b) => a + b, 0)).toBe(2);
  });

  it('an unknown execution id is a plain 404, not "unavailable"', async () => {
    await expect(loadExecution(sk, 'exec_missing')).rejects.toMatchObject({
      status: 404,
      code: expect.not.stringMatching(ACTIVITY_UNAVAILABLE),
    });
  });

  it('an upstream without the preview routes is "not available", for the log, a call and the overview', async () => {
    await emu.control('POST', '/faults', { path: '/api/v1/agentkit/*', status: 404 });
    const ctx = { requestId: 'r1', role: 'support', user: null } as unknown as RequestContext;
    const page = await pageLoad(ctx, () => loadActivityPage(sk, {}, { pageSize: 5 }));
    expect(page.ok).toBe(false);
    expect(!page.ok && page.problem).toMatchObject({ code: ACTIVITY_UNAVAILABLE, expected: true });
    expect(!page.ok && isActivityUnavailable(page.problem)).toBe(true);
    await expect(loadExecution(sk, 'exec_anything')).rejects.toMatchObject({ code: ACTIVITY_UNAVAILABLE });
    await expect(loadOverview(sk, '24h')).rejects.toMatchObject({ code: ACTIVITY_UNAVAILABLE });
  });

  it('a run lists every call of that run, oldest first', async () => {
    const some = await sk.activity.list({}, { pageSize: 100 });
    const runId = some.items.find((c) => c.agentRunId)?.agentRunId;
    expect(runId).toBeTruthy();
    const all = await sk.activity.list({ agentRunId: runId! }, { pageSize: 100 });
    const run = await loadAgentRun(sk, runId!);
    expect(run.calls.length).toBe(all.totalSize);
    expect(run.calls.every((c) => c.agentRunId === runId)).toBe(true);
    const times = run.calls.map((c) => Date.parse(c.startedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(run.truncated).toBe(false);
  });

  it("the overview's counts match the log for the same window", async () => {
    const { window, overview } = await loadOverview(sk, '7d');
    const log = await loadActivityPage(sk, window, { pageSize: 1 });
    const failed = await loadActivityPage(
      sk,
      { ...window, statuses: ['provider_error', 'platform_error'] },
      { pageSize: 1 },
    );
    expect(overview.total).toBeGreaterThan(0);
    expect(overview.total).toBe(log.totalSize);
    expect(overview.errors).toBe(failed.totalSize);
    expect(overview.providerErrors + overview.platformErrors).toBe(overview.errors);
  });
});
