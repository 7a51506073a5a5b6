import 'server-only';
import { activityApi } from './activity';
import { catalogApi } from './catalog';
import { configsApi } from './configs';
import { connectedAccountsApi } from './connected-accounts';
import { createHttpClient, type HttpClientOptions } from './http-client';
import { instancesApi } from './instances';
import { mcpApi } from './mcp';

export { ScalekitError, isScalekitError } from './errors';
export type * from './types';

/**
 * One Scalekit environment's client. It owns everything the console keeps about that environment: the API
 * token, in-flight sharing, and (through `scoped`) each feature's caches, so two environments, or a second
 * backend in a test, never share state and nothing else in the app keeps process-wide state about Scalekit.
 */
export function createScalekitClient(opts: HttpClientOptions & { environment?: string }) {
  const http = createHttpClient(opts);
  const catalog = catalogApi(http, opts.now);
  const configs = configsApi(http);
  const state = new Map<string, unknown>();
  return {
    baseUrl: http.baseUrl,
    /** The console's name for this environment: what the console records about it is filed under it. */
    environment: opts.environment ?? 'default',
    configs,
    mcp: mcpApi(http),
    instances: instancesApi(http),
    connectedAccounts: connectedAccountsApi(http),
    activity: activityApi(http),
    connections: catalog.connections,
    tools: catalog.tools,
    /**
     * Feature state that belongs to this environment (a cache of user accounts, readiness snapshots, ...):
     * made once per client by `init`, keyed by a name the feature chooses.
     */
    scoped<T>(key: string, init: () => T): T {
      if (!state.has(key)) state.set(key, init());
      return state.get(key) as T;
    },
    /** A cheap authenticated call for the home page; never throws. */
    async ping(): Promise<{ ok: boolean; latencyMs: number; error?: string }> {
      const started = Date.now();
      try {
        await configs.list({ pageSize: 1 });
        return { ok: true, latencyMs: Date.now() - started };
      } catch (err) {
        return {
          ok: false,
          latencyMs: Date.now() - started,
          error: err instanceof Error ? err.message : String(err),
        };
      }
    },
  };
}

export type ScalekitClient = ReturnType<typeof createScalekitClient>;
