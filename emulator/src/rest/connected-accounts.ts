/** Connected accounts (API.md §4): list, search, create, delete, magic links, user verification. */
import { z } from 'zod';
import { ApiError, conflict, invalid, notFound } from '../http/errors';
import { Reply, type Router } from '../http/router';
import { accountToWire, pageSizeParam, paginate, parseInput } from '../http/wire';
import type { ConnectedAccount } from '../store/types';
import { MAGIC_LINK_TTL_MS, authorizeUrl, type Deps } from './deps';

const lookupSchema = z.object({
  id: z.string().optional(),
  connector: z.string().optional(),
  identifier: z.string().max(255, 'identifier must be at most 255 characters').optional(),
  organization_id: z.string().optional(),
  user_id: z.string().optional(),
});

const listSchema = lookupSchema.extend({
  provider: z.string().optional(),
  query: z.string().max(200, 'query must be at most 200 characters').optional(),
  page_size: pageSizeParam(100, 50, true),
  page_token: z.string().optional(),
});

const searchSchema = z.object({
  query: z
    .string({ message: 'query is required' })
    .min(3, 'query must be at least 3 characters')
    .max(200, 'query must be at most 200 characters'),
  page_size: pageSizeParam(30, 30),
  page_token: z.string().optional(),
  connection_id: z.string().optional(),
});

const createSchema = z.object({
  connector: z
    .string({ message: 'connector (the connection name) is required' })
    .min(1, 'connector is required'),
  identifier: z
    .string({ message: 'identifier is required' })
    .min(1, 'identifier is required')
    .max(255, 'identifier must be at most 255 characters'),
  organization_id: z.string().optional(),
  user_id: z.string().optional(),
  connected_account: z
    .object({
      api_config: z.record(z.string(), z.unknown()).optional(),
      authorization_details: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
});

const updateSchema = lookupSchema.extend({
  connected_account: z.object(
    {
      api_config: z.record(z.string(), z.unknown()).optional(),
      authorization_details: z.record(z.string(), z.unknown()).optional(),
    },
    { message: 'connected_account is required' },
  ),
});

const magicLinkSchema = lookupSchema.extend({
  state: z.string().max(512, 'state must be at most 512 characters').optional(),
  user_verify_url: z
    .string()
    .max(2048, 'user_verify_url must be at most 2048 characters')
    .refine(
      (s) => s === '' || isAbsoluteHttpUrl(s),
      'user_verify_url must be an absolute http:// or https:// URL with a host and no spaces',
    )
    .optional(),
});

/**
 * Checked strictly here so the hosted page can always build its redirect: the authority must be present in
 * the text itself (WHATWG parsing would turn `http:///x` into host `x`), and no whitespace anywhere.
 */
function isAbsoluteHttpUrl(s: string): boolean {
  if (/[\s\u0000-\u001f\u007f]/.test(s) || !/^https?:\/\/[^/?#]/i.test(s)) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

const verifySchema = z.object({
  auth_request_id: z
    .string({ message: 'auth_request_id is required' })
    .min(1, 'auth_request_id is required')
    .max(1000, 'auth_request_id must be at most 1000 characters'),
  identifier: z
    .string({ message: 'identifier is required' })
    .min(1, 'identifier is required')
    .max(200, 'identifier must be at most 200 characters'),
});

/** Credentials make an account usable at once, as a backend that received tokens would. */
function hasCredentials(details: Record<string, unknown> | undefined): boolean {
  if (!details) return false;
  return Object.values(details).some((v) => v && typeof v === 'object' && Object.keys(v).length > 0);
}

export function registerConnectedAccountRoutes(router: Router, deps: Deps) {
  const { store, baseUrl } = deps;
  const wire = (a: ConnectedAccount) => accountToWire(a, store.connections);

  function lookup(input: z.infer<typeof lookupSchema>): ConnectedAccount {
    if (input.id) {
      const a = store.accounts.get(input.id);
      if (!a) throw notFound(`connected account "${input.id}" does not exist`);
      return a;
    }
    if (!input.connector || !input.identifier) {
      throw invalid('give either id, or both connector (the connection name) and identifier', [
        { field: 'connector', description: 'required with identifier when id is absent' },
      ]);
    }
    const a = store.findAccount(input.identifier, input.connector);
    if (!a)
      throw notFound(`no connected account for "${input.identifier}" on connection "${input.connector}"`);
    return a;
  }

  router.add(
    'GET',
    '/api/v1/connected_accounts',
    ({ query }) => {
      const q = parseInput(
        listSchema,
        { ...Object.fromEntries(query), connection_names: undefined },
        'Query',
      );
      const names = new Set(query.getAll('connection_names').filter(Boolean));
      let items = [...store.accounts.values()];
      if (q.connector) items = items.filter((a) => a.connectionName === q.connector);
      if (names.size) items = items.filter((a) => names.has(a.connectionName));
      if (q.identifier) items = items.filter((a) => a.identifier === q.identifier);
      if (q.provider) items = items.filter((a) => a.providerKey === q.provider!.toUpperCase());
      if (q.query) {
        const s = q.query.toLowerCase();
        items = items.filter((a) => a.identifier.toLowerCase().includes(s));
      }
      const { page, ...rest } = paginate(items, q.page_size, q.page_token);
      return { connected_accounts: page.map(wire), ...rest };
    },
    { auth: true },
  );

  router.add(
    'GET',
    '/api/v1/connected_accounts:search',
    ({ query }) => {
      const q = parseInput(searchSchema, Object.fromEntries(query), 'Query');
      const s = q.query.toLowerCase();
      let items = [...store.accounts.values()].filter(
        (a) => a.identifier.toLowerCase().includes(s) || a.connectionName.includes(s),
      );
      if (q.connection_id) {
        items = items.filter((a) => store.getConnection(a.connectionName)?.id === q.connection_id);
      }
      const { page, ...rest } = paginate(items, q.page_size, q.page_token);
      return { connected_accounts: page.map(wire), ...rest };
    },
    { auth: true },
  );

  router.add(
    'POST',
    '/api/v1/connected_accounts',
    async ({ body }) => {
      const input = parseInput(createSchema, await body(), 'Connected account');
      const conn = store.getConnection(input.connector);
      if (!conn)
        throw invalid(`connection "${input.connector}" does not exist`, [
          { field: 'connector', description: 'unknown connection name' },
        ]);
      if (store.findAccount(input.identifier, input.connector)) {
        throw conflict(
          `a connected account for "${input.identifier}" on "${input.connector}" already exists`,
        );
      }
      const details = input.connected_account?.authorization_details;
      const a = store.createAccount({
        identifier: input.identifier,
        connection: conn,
        status: hasCredentials(details) ? 'ACTIVE' : 'PENDING_AUTH',
        apiConfig: input.connected_account?.api_config,
      });
      return new Reply(201, { connected_account: wire(a) });
    },
    { auth: true },
  );

  // Credentials make the account ACTIVE, as on create; api_config replaces the stored one. Validated whole first.
  router.add(
    'PUT',
    '/api/v1/connected_accounts',
    async ({ body }) => {
      const input = parseInput(updateSchema, await body(), 'Connected account update');
      const a = lookup(input);
      const { api_config, authorization_details } = input.connected_account;
      if (api_config !== undefined) store.setAccountApiConfig(a.id, api_config);
      const status = hasCredentials(authorization_details) ? 'ACTIVE' : a.status;
      return { connected_account: wire(store.setAccountStatus(a.id, status)!) };
    },
    { auth: true },
  );

  router.add(
    'POST',
    '/api/v1/connected_accounts:delete',
    async ({ body }) => {
      const a = lookup(parseInput(lookupSchema, await body()));
      store.deleteAccount(a.id);
      return {};
    },
    { auth: true },
  );

  router.add(
    'POST',
    '/api/v1/connected_accounts/magic_link',
    async ({ body }) => {
      const input = parseInput(magicLinkSchema, await body(), 'Magic link request');
      let account: ConnectedAccount;
      if (
        !input.id &&
        input.connector &&
        input.identifier &&
        !store.findAccount(input.identifier, input.connector)
      ) {
        const conn = store.getConnection(input.connector);
        if (!conn) throw notFound(`connection "${input.connector}" does not exist`);
        account = store.createAccount({
          identifier: input.identifier,
          connection: conn,
          status: 'PENDING_AUTH',
        });
      } else {
        account = lookup(input);
      }
      const link = store.createAuthLink(account.id, MAGIC_LINK_TTL_MS, {
        userVerifyUrl: input.user_verify_url || undefined,
        state: input.state || undefined,
      });
      return { link: authorizeUrl(baseUrl, link.token), expiry: link.expiresAt };
    },
    { auth: true },
  );

  router.add(
    'POST',
    '/api/v1/connected_accounts/user/verify',
    async ({ body }) => {
      const input = parseInput(verifySchema, await body(), 'Verification');
      const v = store.takeVerification(input.auth_request_id);
      if (!v) throw notFound('no pending authorization with that auth_request_id');
      if (v.identifier !== input.identifier) {
        throw new ApiError('PERMISSION_DENIED', 'identifier does not match the user who authorized');
      }
      store.completeVerification(v.authRequestId);
      store.setAccountStatus(v.accountId, 'ACTIVE', 'verification');
      return { post_user_verify_redirect_url: '' };
    },
    { auth: true },
  );

  const getByLookup = ({ query }: { query: URLSearchParams }) => ({
    connected_account: wire(lookup(parseInput(lookupSchema, Object.fromEntries(query), 'Query'))),
  });
  router.add('GET', '/api/v1/connected_accounts/auth', getByLookup, { auth: true });
  router.add('GET', '/api/v1/connected_accounts/details', getByLookup, { auth: true });

  router.add(
    'GET',
    '/api/v1/connected_accounts/{id}',
    ({ params }) => ({ connected_account: wire(lookup({ id: params.id })) }),
    { auth: true },
  );

  router.add(
    'POST',
    '/api/v1/connected_accounts/{id}:disconnect',
    ({ params }) => {
      const a = lookup({ id: params.id });
      return { connected_account: wire(store.setAccountStatus(a.id, 'DISCONNECTED', 'disconnect')!) };
    },
    { auth: true },
  );
}
