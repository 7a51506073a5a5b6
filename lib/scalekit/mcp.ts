import { z } from 'zod';
import type { HttpClient } from './http-client';
import type { AccessLevel, ConnectionAuthState } from './types';
import { connectionAuthStateWire, seconds } from './wire';

const authState = z.object({
  connected_accounts: z.array(connectionAuthStateWire).optional().default([]),
});
const tokenWire = z.object({ token: z.string().min(1), expires_at: z.string() });

export function mcpApi(http: HttpClient) {
  return {
    async authState(
      configId: string,
      identifier: string,
      o: { includeAuthLink?: boolean } = {},
    ): Promise<ConnectionAuthState[]> {
      const r = await http.request({
        method: 'POST',
        path: `/api/v1/mcp/configs/${encodeURIComponent(configId)}/connected_accounts`,
        // Without links it only reads; with links it creates accounts, so it is not retried blindly.
        idempotent: !o.includeAuthLink,
        schema: authState,
        body: { identifier, include_auth_link: o.includeAuthLink ?? false },
      });
      return r.connected_accounts;
    },
    async createSessionToken(
      configId: string,
      o: { identifier: string; expirySeconds?: number; accessLevel?: AccessLevel },
    ): Promise<{ token: string; expiresAt: string }> {
      const r = await http.request({
        method: 'POST',
        path: `/api/v1/mcp/configs/${encodeURIComponent(configId)}/tokens`,
        idempotent: false,
        schema: tokenWire,
        body: {
          identifier: o.identifier,
          expiry: o.expirySeconds === undefined ? undefined : seconds(o.expirySeconds),
          access_level: o.accessLevel,
        },
      });
      return { token: r.token, expiresAt: r.expires_at };
    },
  };
}
