/**
 * Every page of the app as a URL a browser can open, read from `app/**\/page.tsx` on disk and filled with ids
 * from the demo seed, with its primary control (./primary-controls.ts). The accessibility and no-500 specs and
 * the interactivity bench all walk this one list, so a new page is checked without anyone listing it; a page
 * with a dynamic segment nobody knows how to fill, or without a primary control, fails loudly here instead of
 * being skipped.
 */
import { signConnectLink } from '../../lib/connect-links/token';
import { consoleSurface, fill } from '../reliability/console-surface';
import { primaryControlOf, type PrimaryControl } from './primary-controls';

export interface PageSeed {
  environment: string;
  configId: string;
  /** A config's name (the comparison matches configs by name across environments). */
  configName: string;
  identifier: string;
  connection: string;
  executionId: string;
  agentRunId: string;
  connectToken: string;
}

export interface PageRef {
  /** The route as Next.js prints it, e.g. `/configs/[id]`. */
  route: string;
  path: string;
  /** Console pages need a signed-in operator; public ones (sign-in, the end user's connect page) do not. */
  audience: 'console' | 'public';
  primary: PrimaryControl;
}

const SEGMENTS: Record<string, keyof PageSeed> = {
  '[env]': 'environment',
  '[id]': 'configId',
  '[config]': 'configName',
  '[identifier]': 'identifier',
  '[name]': 'connection',
  '[executionId]': 'executionId',
  '[agentRunId]': 'agentRunId',
  '[token]': 'connectToken',
};

// Pages that show nothing useful without a query (the readiness grid needs a config, a config's comparison the
// two environments).
const QUERY: Record<string, (s: PageSeed) => string> = {
  '/[env]/users/readiness': (s) => `?config=${s.configId}`,
  '/compare/configs/[config]': (s) => `?from=${s.environment}&to=production`,
  // The review of promoting the config the seed has in both environments (production runs an older version).
  '/[env]/configs/promote': () => '?configs=email-assistant&to=production',
};

/**
 * `root`: the checkout whose `app/` is read (the interactivity bench also walks an older build's). `routeOf`
 * names a page as today's tree does, for a tree laid out differently (pages from before `[env]`).
 */
export function everyPage(
  seed: PageSeed,
  root = process.cwd(),
  routeOf: (route: string) => string = (r) => r,
): PageRef[] {
  return consoleSurface(root)
    .filter((e) => e.kind === 'page')
    .map((e) => {
      const route = routeOf('/' + e.segments.join('/'));
      const path = fill(e, (segment) => {
        const key = SEGMENTS[segment];
        if (!key) throw new Error(`${e.file}: no demo value for ${segment}; add one to e2e/support/pages.ts`);
        return encodeURIComponent(seed[key]);
      });
      return {
        route,
        path: path + (QUERY[route]?.(seed) ?? ''),
        audience: e.file.includes('(console)') ? ('console' as const) : ('public' as const),
        primary: primaryControlOf(route, e.file),
      };
    });
}

/** Reads the ids the pages need from an emulator with the demo seed (`get` is an authenticated GET). */
export async function demoPageSeed(get: (path: string) => Promise<unknown>, authSecret: string) {
  const configName = 'email-assistant';
  const configs = (await get(`/api/v1/mcp/configs?filter.name=${configName}`)) as {
    configs: { id: string }[];
  };
  const configId = configs.configs[0]!.id;
  const identifier = 'bob@example.com';
  const run = await callOfAnAgentRun(get);
  return {
    environment: 'development',
    configId,
    configName,
    identifier,
    connection: run.connection_name,
    executionId: run.execution_id,
    agentRunId: run.agent_run_id ?? '',
    connectToken: signConnectLink(authSecret, { identifier, configId, lifetimeSeconds: 600 }).token,
  } satisfies PageSeed;
}

interface LogPage {
  tool_call_logs: { execution_id: string; agent_run_id?: string; connection_name: string }[];
  next_page_token?: string;
}

/** Agent runs are a small share of the seeded calls: read pages until one shows (the first call if none). */
async function callOfAnAgentRun(get: (path: string) => Promise<unknown>) {
  let first: LogPage['tool_call_logs'][number] | undefined;
  let token = '';
  for (let i = 0; i < 20; i++) {
    const page = (await get(
      `/api/v1/agentkit/tool_call_logs?page_size=100${token ? `&page_token=${encodeURIComponent(token)}` : ''}`,
    )) as LogPage;
    first ??= page.tool_call_logs[0];
    const run = page.tool_call_logs.find((l) => l.agent_run_id);
    if (run || !page.next_page_token) return run ?? first!;
    token = page.next_page_token;
  }
  return first!;
}
