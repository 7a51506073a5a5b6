import 'server-only';
import type { ScalekitClient } from '@/lib/scalekit';
import { ACTIVITY_UNAVAILABLE, type ActivityFilters, type ToolCallLog } from '@/lib/scalekit/activity';
import { isScalekitError } from '@/lib/scalekit/errors';
import { collectPages } from '@/lib/scalekit/paging';
import { RANGES, type RangeKey } from './filters';

/**
 * Page loaders for agent activity. Each takes the request's client and makes as few upstream calls as the
 * screen needs: the log page is exactly one list call (paging is upstream's page token, never a walk).
 */

export { ACTIVITY_UNAVAILABLE };

export const isActivityUnavailable = (p: { code?: string } | null | undefined) =>
  p?.code === ACTIVITY_UNAVAILABLE;

export async function loadActivityPage(
  sk: ScalekitClient,
  filters: ActivityFilters,
  o: { pageSize: number; pageToken?: string },
) {
  return sk.activity.list(filters, o);
}

/** The config (and per-user instance) an MCP call came through; names are null when it has since gone. */
export interface CallDoor {
  configId: string | null;
  configName: string | null;
  instanceId: string | null;
  instanceName: string | null;
}

const goneOn404 = <T>(p: Promise<T>): Promise<T | null> =>
  p.catch((err: unknown) => {
    if (isScalekitError(err) && err.status === 404) return null;
    throw err;
  });

/** One read: the instance carries its config; a call through a config's own URL needs only the config. */
async function loadDoor(sk: ScalekitClient, call: ToolCallLog): Promise<CallDoor | null> {
  if (call.mcpInstanceId) {
    const instance = await goneOn404(sk.instances.get(call.mcpInstanceId));
    return {
      configId: instance?.config?.id ?? call.mcpConfigId,
      configName: instance?.config?.name ?? null,
      instanceId: call.mcpInstanceId,
      instanceName: instance?.name ?? null,
    };
  }
  if (!call.mcpConfigId) return null;
  const config = await goneOn404(sk.configs.get(call.mcpConfigId));
  return {
    configId: call.mcpConfigId,
    configName: config?.name ?? null,
    instanceId: null,
    instanceName: null,
  };
}

/**
 * One call and the door it came through. A 404 is "no such execution" only if the log itself exists: a
 * preview-less upstream answers 404 for every id, and that is "not available", not "not found". The re-auth
 * fix needs nothing more: it is the account's (connection and user), whichever configs map the connection.
 */
export async function loadExecution(sk: ScalekitClient, executionId: string) {
  let call: ToolCallLog;
  try {
    call = await sk.activity.get(executionId);
  } catch (err) {
    if (isScalekitError(err) && err.status === 404) await sk.activity.list({}, { pageSize: 1 });
    throw err;
  }
  return { call, door: await loadDoor(sk, call) };
}

/** Bounded: a run is a handful of calls; a runaway loop shows its first 500 and says so. */
export const RUN_MAX_PAGES = 5;

export async function loadAgentRun(sk: ScalekitClient, agentRunId: string) {
  let pages = 0;
  const calls = await collectPages(
    (pageToken) => sk.activity.list({ agentRunId }, { pageSize: 100, pageToken }),
    RUN_MAX_PAGES,
    () => pages++,
  );
  // Upstream lists newest first; a run reads in the order it happened.
  calls.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || a.id.localeCompare(b.id));
  return { calls, truncated: pages === RUN_MAX_PAGES && calls.length >= RUN_MAX_PAGES * 100 };
}

export const USER_PANEL_DAYS = 7;
export const USER_PANEL_ROWS = 8;

/** The user's recent calls and their recent failures over the last week (two calls, made together). */
export async function loadUserActivity(sk: ScalekitClient, identifier: string, now = Date.now()) {
  const window = {
    identifier,
    startTime: new Date(now - USER_PANEL_DAYS * 86_400_000).toISOString(),
    endTime: new Date(now).toISOString(),
  };
  const [recent, failures] = await Promise.all([
    sk.activity.list(window, { pageSize: USER_PANEL_ROWS }),
    sk.activity.list(
      { ...window, statuses: ['provider_error', 'platform_error'] },
      { pageSize: USER_PANEL_ROWS },
    ),
  ]);
  return { window, recent, failures };
}

/** The overview for a preset range ending now; the window is returned so the log can be opened on exactly it. */
export async function loadOverview(sk: ScalekitClient, range: RangeKey, now = Date.now()) {
  const window = {
    startTime: new Date(now - RANGES[range]).toISOString(),
    endTime: new Date(now).toISOString(),
  };
  return { window, overview: await sk.activity.overview(window) };
}
