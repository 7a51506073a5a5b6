/**
 * A week of invented tool-call history for the demo seed, so every activity screen has something to show.
 * Content is deterministic (the emulator's PRNG, seeded from the count); times are relative to `now`.
 * Outcomes follow the accounts: ACTIVE ones mostly succeed with a few provider errors (busier CRMs rate-limit
 * more); EXPIRED and DISCONNECTED ones succeed until the moment they broke (EXPIRED: their token expiry) and
 * fail with a platform error after it, agents retrying harder once things fail; pending ones only fail.
 * About 3% of calls belong to agent runs of 3-8 calls by one user, the first runs by the named users.
 */
import type { Catalog } from '../store/catalog';
import { hash32, prng } from '../store/prng';
import type { ConnectedAccount, Connection, McpConfig } from '../store/types';
import { PLATFORM_ERROR_CODES, type ToolCallLog, type ToolCallSource } from './types';

const DAY = 86_400_000;
const WINDOW = 7 * DAY;
const NAMED = ['carol@example.com', 'alice@example.com', 'bob@example.com'];

interface Input {
  accounts: ConnectedAccount[];
  connections: Map<string, Connection>;
  configs: McpConfig[];
  catalog: Catalog;
  count: number;
  now: number;
}

const PROVIDER_FAILURES: { status: number; code: string; message: (label: string) => string; ms: number }[] =
  [
    {
      status: 429,
      code: 'PROVIDER_RATE_LIMITED',
      message: (l) => `${l} rate limit exceeded (429): retry after 30 s`,
      ms: 120,
    },
    {
      status: 503,
      code: 'PROVIDER_UNAVAILABLE',
      message: (l) => `${l} is temporarily unavailable (503)`,
      ms: 900,
    },
    {
      status: 404,
      code: 'PROVIDER_NOT_FOUND',
      message: (l) => `${l} could not find the requested resource (404)`,
      ms: 250,
    },
    {
      status: 401,
      code: 'PROVIDER_AUTH_REJECTED',
      message: (l) => `${l} rejected the stored credentials (401): the user may have revoked access`,
      ms: 200,
    },
  ];
const RATE_LIMIT_PRONE: Record<string, number> = { salesforce: 3, hubspot: 2, jira: 1.5 };

/** When a broken account stopped working: its token expiry when inside the window, else a stable moment. */
function brokeAt(a: ConnectedAccount, now: number): number {
  const expiry = a.status === 'EXPIRED' && a.tokenExpiresAt ? Date.parse(a.tokenExpiresAt) : NaN;
  if (expiry > now - WINDOW && expiry < now) return expiry;
  return now - (6 * 3_600_000 + (hash32(a.id) % (WINDOW - 12 * 3_600_000)));
}

function platformCode(status: ConnectedAccount['status']): string {
  if (status === 'EXPIRED') return PLATFORM_ERROR_CODES.EXPIRED;
  if (status === 'DISCONNECTED') return PLATFORM_ERROR_CODES.DISCONNECTED;
  if (status === 'PENDING_VERIFICATION') return PLATFORM_ERROR_CODES.PENDING_VERIFICATION;
  return PLATFORM_ERROR_CODES.PENDING_AUTH;
}

export function notActiveMessage(connectionName: string, identifier: string, status: string): string {
  return (
    `the ${connectionName} connection for ${identifier} is ${status}: ` +
    'the user must re-authorize it before this tool can run'
  );
}

export function generateToolCallHistory(input: Input): ToolCallLog[] {
  const { accounts, connections, catalog, now } = input;
  if (accounts.length === 0 || input.count <= 0) return [];
  const rand = prng(hash32(`tool-call-history|${input.count}`));
  const word = () =>
    Math.floor(rand() * 0x100000000)
      .toString(16)
      .padStart(8, '0');

  // The tools agents use per connector: the configs' explicit picks, else the connector's first few.
  const toolsBy = new Map<string, string[]>();
  for (const c of input.configs)
    for (const m of c.mappings) {
      const conn = connections.get(m.connectionName);
      if (conn && m.tools.length) toolsBy.set(conn.connector, m.tools);
    }
  const toolsFor = (connector: string): string[] => {
    let list = toolsBy.get(connector);
    if (!list) {
      list = (catalog.connector(connector)?.tools ?? []).slice(0, 6).map((t) => t.name);
      toolsBy.set(connector, list);
    }
    return list;
  };
  // An MCP call came through some config's server: the first config mapping its connection (no draw, so the
  // rest of the history is the same with or without it).
  const configBy = new Map<string, string>();
  for (const c of input.configs)
    for (const m of c.mappings) if (!configBy.has(m.connectionName)) configBy.set(m.connectionName, c.id);
  const labelFor = (connector: string) => catalog.connector(connector)?.label ?? connector;
  const baseMs = (connector: string) => 120 + (hash32(connector) % 500);

  const named = accounts.filter((a) => NAMED.includes(a.identifier));
  // Generated users' accounts, weighted: the live ones are used most, pending ones rarely.
  const weight = (a: ConnectedAccount) =>
    a.status === 'ACTIVE' ? 1 : a.status === 'EXPIRED' ? 1 : a.status === 'DISCONNECTED' ? 0.6 : 0.15;
  const others = accounts.filter((a) => !NAMED.includes(a.identifier));
  const cumulative: number[] = [];
  let total = 0;
  for (const a of others) cumulative.push((total += weight(a)));
  const pickWeighted = (): ConnectedAccount => {
    const x = rand() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return others[lo];
  };
  const pickAccount = () =>
    named.length && (others.length === 0 || rand() < 0.15)
      ? named[Math.floor(rand() * named.length)]
      : pickWeighted();

  // Office hours are busier than nights.
  const pickTime = (): number => {
    for (;;) {
      const t = now - rand() * WINDOW;
      const h = new Date(t).getUTCHours();
      if (rand() < (h >= 8 && h < 19 ? 1 : 0.3)) return Math.floor(t);
    }
  };

  const brokeAtCache = new Map<string, number>();
  const cacheBrokeAt = (a: ConnectedAccount) => {
    const t = brokeAt(a, now);
    brokeAtCache.set(a.id, t);
    return t;
  };
  let n = 0;
  const out: ToolCallLog[] = [];
  function call(a: ConnectedAccount, at: number, source: ToolCallSource, agentRunId?: string): ToolCallLog {
    const conn = connections.get(a.connectionName);
    const tools = toolsFor(a.connector);
    const toolName = tools.length ? tools[Math.floor(rand() * tools.length)] : `${a.connector}_call`;
    const base = baseMs(a.connector);
    const log: ToolCallLog = {
      id: `tcl_${word()}${word()}${n.toString(16).padStart(5, '0')}`,
      executionId: `exec_${word()}${word()}${word()}`,
      agentRunId,
      toolName,
      provider: a.connector,
      connectedAccountId: a.id,
      connectionId: conn?.id ?? '',
      connectionName: a.connectionName,
      identifier: a.identifier,
      source,
      mcpConfigId: source === 'MCP' ? configBy.get(a.connectionName) : undefined,
      status: 'success',
      durationMs: Math.round(base * Math.exp((rand() - 0.5) * 1.4)),
      startedMs: at,
    };
    n++;
    const broken =
      a.status !== 'ACTIVE' &&
      (a.status.startsWith('PENDING') || at >= (brokeAtCache.get(a.id) ?? cacheBrokeAt(a)));
    if (broken) {
      log.status = 'platform_error';
      log.errorCode = platformCode(a.status);
      log.errorMessage = notActiveMessage(a.connectionName, a.identifier, a.status);
      log.durationMs = 4 + Math.floor(rand() * 20);
      return log;
    }
    const r = rand();
    const providerRate = 0.03 * (RATE_LIMIT_PRONE[a.connector] ?? 1);
    if (r < providerRate) {
      // Rate limits dominate; auth rejections are rare.
      const f = PROVIDER_FAILURES[Math.min(3, Math.floor(rand() ** 1.6 * 4))];
      log.status = 'provider_error';
      log.errorCode = f.code;
      log.errorMessage = f.message(labelFor(a.connector));
      log.durationMs = Math.round(f.ms * (0.6 + rand()));
    } else if (r < providerRate + 0.008) {
      log.status = 'platform_error';
      if (rand() < 0.5) {
        log.errorCode = PLATFORM_ERROR_CODES.TIMEOUT;
        log.errorMessage = `${toolName} did not finish within 30 s`;
        log.durationMs = 30_000;
      } else {
        log.errorCode = PLATFORM_ERROR_CODES.INVALID_INPUT;
        log.errorMessage = `invalid arguments for ${toolName}: missing required argument`;
        log.durationMs = 3 + Math.floor(rand() * 10);
      }
    }
    return log;
  }

  // Agent runs first (a fixed share of the count), then single calls for the rest.
  const byIdentifier = new Map<string, ConnectedAccount[]>();
  for (const a of accounts) {
    const own = byIdentifier.get(a.identifier);
    if (own) own.push(a);
    else byIdentifier.set(a.identifier, [a]);
  }
  const runUsers = [...byIdentifier.keys()].filter((id) => byIdentifier.get(id)!.length >= 2);
  const runCount = Math.min(Math.max(3, Math.round(input.count * 0.005)), Math.floor(input.count / 8));
  for (let i = 0; i < runCount && runUsers.length; i++) {
    const identifier =
      i < NAMED.length && byIdentifier.has(NAMED[i])
        ? NAMED[i]
        : runUsers[Math.floor(rand() * runUsers.length)];
    const own = byIdentifier.get(identifier)!;
    const runId = `run_${word()}${word()}`;
    const source: ToolCallSource = rand() < 0.8 ? 'MCP' : 'API';
    let at = i === 0 ? now - 2 * 3_600_000 : Math.max(now - WINDOW, pickTime() - 3_600_000);
    const steps = 3 + Math.floor(rand() * 6);
    for (let s = 0; s < steps; s++) {
      const log = call(own[Math.floor(rand() * own.length)], at, source, runId);
      out.push(log);
      at += log.durationMs + 300 + Math.floor(rand() * 2700);
    }
  }
  // The demo's story at any hour: each named user's broken account has an agent failing on it since it broke.
  // Left to the random times below, an expiry a few hours old could have no calls after it (a flaky story, and
  // a flaky test, depending on the time of day the emulator starts).
  for (const a of named) {
    if (n >= input.count || a.status === 'ACTIVE' || a.status.startsWith('PENDING')) continue;
    const since = brokeAtCache.get(a.id) ?? cacheBrokeAt(a);
    out.push(call(a, since + Math.floor((now - since) * (0.2 + 0.6 * rand())), 'MCP'));
  }
  while (n < input.count) {
    const a = pickAccount();
    const at = pickTime();
    out.push(call(a, at, rand() < 0.7 ? 'MCP' : 'API'));
    // Agents retry a failing account a few times in quick succession.
    const last = out[out.length - 1];
    if (last.status === 'platform_error' && a.status !== 'ACTIVE' && rand() < 0.5 && n < input.count)
      out.push(call(a, Math.min(now, at + 2_000 + Math.floor(rand() * 20_000)), last.source));
  }
  return out.sort((x, y) => x.startedMs - y.startedMs);
}
