import { z } from 'zod';
import type { HttpClient } from './http-client';
import type { ConnectedAccount, Page } from './types';
import { pageFields, statusField, str } from './wire';

const accountWire = z
  .object({
    id: z.string(),
    identifier: str,
    connector: str,
    connection_id: str,
    provider: str,
    status: statusField,
    authorization_type: str,
    token_expires_at: z.string().optional(),
    updated_at: z.string().optional(),
    last_used_at: z.string().optional(),
  })
  .transform((a): ConnectedAccount => ({
    id: a.id,
    identifier: a.identifier,
    connectionName: a.connector,
    connectionId: a.connection_id,
    provider: a.provider,
    status: a.status,
    authorizationType: a.authorization_type,
    tokenExpiresAt: a.token_expires_at ?? null,
    updatedAt: a.updated_at ?? null,
    lastUsedAt: a.last_used_at ?? null,
  }));
const list = z.object({ connected_accounts: z.array(accountWire).optional().default([]), ...pageFields });
const one = z.object({ connected_account: accountWire });
const toPage = (r: z.infer<typeof list>): Page<ConnectedAccount> => ({
  items: r.connected_accounts,
  nextPageToken: r.next_page_token,
  prevPageToken: r.prev_page_token,
  totalSize: r.total_size,
});

export type AccountKey = { connectedAccountId: string } | { connectionName: string; identifier: string };
const keyFields = (k: AccountKey) =>
  'connectedAccountId' in k
    ? { id: k.connectedAccountId }
    : { connector: k.connectionName, identifier: k.identifier };

export function connectedAccountsApi(http: HttpClient) {
  return {
    async list(
      o: {
        identifier?: string;
        connectionName?: string;
        connectionNames?: string[];
        provider?: string;
        query?: string;
        pageSize?: number;
        pageToken?: string;
      } = {},
    ) {
      const r = await http.request({
        method: 'GET',
        path: '/api/v1/connected_accounts',
        idempotent: true,
        schema: list,
        query: {
          identifier: o.identifier,
          connector: o.connectionName,
          connection_names: o.connectionNames,
          provider: o.provider,
          query: o.query,
          page_size: o.pageSize,
          page_token: o.pageToken,
        },
      });
      return toPage(r);
    },
    async search(query: string, o: { pageSize?: number; pageToken?: string } = {}) {
      const r = await http.request({
        method: 'GET',
        path: '/api/v1/connected_accounts:search',
        idempotent: true,
        schema: list,
        query: { query, page_size: o.pageSize, page_token: o.pageToken },
      });
      return toPage(r);
    },
    async get(id: string) {
      return (
        await http.request({
          method: 'GET',
          path: `/api/v1/connected_accounts/${encodeURIComponent(id)}`,
          idempotent: true,
          schema: one,
        })
      ).connected_account;
    },
    async details(o: { connectionName: string; identifier: string }) {
      return (
        await http.request({
          method: 'GET',
          path: '/api/v1/connected_accounts/details',
          idempotent: true,
          schema: one,
          query: { connector: o.connectionName, identifier: o.identifier },
        })
      ).connected_account;
    },
    async create(o: {
      connectionName: string;
      identifier: string;
      authorizationDetails?: Record<string, unknown>;
    }) {
      return (
        await http.request({
          method: 'POST',
          path: '/api/v1/connected_accounts',
          idempotent: false,
          schema: one,
          body: {
            connector: o.connectionName,
            identifier: o.identifier,
            connected_account: o.authorizationDetails
              ? { authorization_details: o.authorizationDetails }
              : undefined,
          },
        })
      ).connected_account;
    },
    async delete(key: AccountKey) {
      await http.request({
        method: 'POST',
        path: '/api/v1/connected_accounts:delete',
        idempotent: false,
        schema: z.unknown(),
        body: keyFields(key),
      });
    },
    async disconnect(id: string) {
      return (
        await http.request({
          method: 'POST',
          path: `/api/v1/connected_accounts/${encodeURIComponent(id)}:disconnect`,
          idempotent: true,
          schema: one,
        })
      ).connected_account;
    },
    async magicLink(o: {
      connectionName: string;
      identifier: string;
      userVerifyUrl?: string;
      state?: string;
    }) {
      const r = await http.request({
        method: 'POST',
        path: '/api/v1/connected_accounts/magic_link',
        idempotent: false,
        schema: z.object({ link: z.string().min(1), expiry: z.string().optional() }),
        body: {
          connector: o.connectionName,
          identifier: o.identifier,
          user_verify_url: o.userVerifyUrl,
          state: o.state,
        },
      });
      return { link: r.link, expiresAt: r.expiry ?? null };
    },
    async verifyUser(o: { authRequestId: string; identifier: string }) {
      const r = await http.request({
        method: 'POST',
        path: '/api/v1/connected_accounts/user/verify',
        idempotent: false,
        schema: z.object({ post_user_verify_redirect_url: str }),
        body: { auth_request_id: o.authRequestId, identifier: o.identifier },
      });
      return { redirectUrl: r.post_user_verify_redirect_url };
    },
  };
}
