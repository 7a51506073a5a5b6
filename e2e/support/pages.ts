/**
 * Every page of the app as a URL a browser can open, read from `app/**\/page.tsx` on disk and filled with ids
 * from the demo seed. The accessibility and small-screen specs and the bundle bench all walk this one list, so
 * a new page is checked without anyone listing it; a page with a dynamic segment nobody knows how to fill
 * fails loudly here instead of being skipped.
 */
import { signConnectLink } from '../../lib/connect-links/token';
import { consoleSurface, fill } from '../reliability/console-surface';

export interface PageSeed {
  environment: string;
  configId: string;
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
}

const SEGMENTS: Record<string, keyof PageSeed> = {
  '[env]': 'environment',
  '[id]': 'configId',
  '[identifier]': 'identifier',
  '[name]': 'connection',
  '[executionId]': 'executionId',
  '[agentRunId]': 'agentRunId',
  '[token]': 'connectToken',
};

// Pages that show nothing useful without a query (the readiness grid needs a config).
const QUERY: Record<string, (s: PageSeed) => string> = {
  '/[env]/users/readiness': (s) => `?config=${s.configId}`,
  // The review of promoting the config the seed has in both environments (production runs an older version).
  '/[env]/configs/promote': () => '?configs=email-assistant&to=production',
};

export function everyPage(seed: PageSeed, root = process.cwd()): PageRef[] {
  return consoleSurface(root)
    .filter((e) => e.kind === 'page')
    .map((e) => {
      const route = '/' + e.segments.join('/');
      const path = fill(e, (segment) => {
        const key = SEGMENTS[segment];
        if (!key) throw new Error(`${e.file}: no demo value for ${segment}; add one to e2e/support/pages.ts`);
        return encodeURIComponent(seed[key]);
      });
      return {
        route,
        path: path + (QUERY[route]?.(seed) ?? ''),
        audience: e.file.includes('(console)') ? ('console' as const) : ('public' as const),
      };
    });
}

/** Reads the ids the pages need from an emulator with the demo seed (`get` is an authenticated GET). */
export async function demoPageSeed(get: (path: string) => Promise<unknown>, authSecret: string) {
  const configs = (await get('/api/v1/mcp/configs?filter.name=email-assistant')) as {
    configs: { id: string }[];
  };
  const logs = (await get('/api/v1/agentkit/tool_call_logs?page_size=50')) as {
    tool_call_logs: { execution_id: string; agent_run_id?: string; connection_name: string }[];
  };
  const configId = configs.configs[0]!.id;
  const identifier = 'bob@example.com';
  const run = logs.tool_call_logs.find((l) => l.agent_run_id) ?? logs.tool_call_logs[0]!;
  return {
    environment: 'development',
    configId,
    identifier,
    connection: run.connection_name,
    executionId: run.execution_id,
    agentRunId: run.agent_run_id ?? '',
    connectToken: signConnectLink(authSecret, { identifier, configId, lifetimeSeconds: 600 }).token,
  } satisfies PageSeed;
}
