import 'server-only';
import { getServerEnv } from '@/lib/env';
import { activityApi } from './activity';
import { catalogApi } from './catalog';
import { configsApi } from './configs';
import { connectedAccountsApi } from './connected-accounts';
import { ScalekitError } from './errors';
import { createHttpClient, type HttpClientOptions } from './http-client';
import { mcpApi } from './mcp';

export { ScalekitError } from './errors';
export type * from './types';

export function createScalekitClient(opts: HttpClientOptions) {
  const http = createHttpClient(opts);
  const catalog = catalogApi(http, opts.now);
  const configs = configsApi(http);
  return {
    baseUrl: http.baseUrl,
    configs,
    mcp: mcpApi(http),
    connectedAccounts: connectedAccountsApi(http),
    activity: activityApi(http),
    connections: catalog.connections,
    tools: catalog.tools,
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

// One client per process (and across Next dev reloads), so the token cache and in-flight sharing are shared.
const globalForScalekit = globalThis as unknown as { __scalekit?: ScalekitClient };

export function getScalekit(): ScalekitClient {
  if (globalForScalekit.__scalekit) return globalForScalekit.__scalekit;
  const sk = getServerEnv().scalekit;
  if (!sk) {
    throw new ScalekitError(
      'Scalekit is not configured: set SCALEKIT_ENV_URL, SCALEKIT_CLIENT_ID and SCALEKIT_CLIENT_SECRET (or start with npm start to use the emulator)',
      0,
      'not_configured',
    );
  }
  globalForScalekit.__scalekit = createScalekitClient({
    baseUrl: sk.envUrl,
    clientId: sk.clientId,
    clientSecret: sk.clientSecret,
    timeoutMs: sk.timeoutMs,
  });
  return globalForScalekit.__scalekit;
}
