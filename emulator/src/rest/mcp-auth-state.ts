/** Per-user auth state for a config (API.md §2.6): read-only, or creating accounts and fresh links. */
import { z } from 'zod';
import { notFound } from '../http/errors';
import type { Router } from '../http/router';
import { parseInput } from '../http/wire';
import type { McpConfig } from '../store/types';
import { AUTH_LINK_TTL_MS, authorizeUrl, type Deps } from './deps';

const bodySchema = z.object({
  identifier: z
    .string({ message: 'identifier is required' })
    .min(1, 'identifier is required')
    .max(255, 'identifier must be at most 255 characters'),
  include_auth_link: z
    .boolean({ message: 'include_auth_link must be true or false' })
    .optional()
    .default(false),
});

/**
 * Each mapped connection's state for one user. With `includeLinks`, a missing account is created as
 * PENDING_AUTH and every connection gets a fresh link; without, nothing changes. Config-level and
 * instance-level auth state share these rules.
 */
export function connectionAuthStates(
  { store, baseUrl }: Deps,
  config: McpConfig,
  identifier: string,
  includeLinks: boolean,
) {
  return config.mappings.map((m) => {
    const conn = store.getConnection(m.connectionName);
    let account = store.findAccount(identifier, m.connectionName);
    let link = '';
    if (includeLinks && conn) {
      account ??= store.createAccount({ identifier, connection: conn, status: 'PENDING_AUTH' });
      link = authorizeUrl(baseUrl, store.createAuthLink(account.id, AUTH_LINK_TTL_MS).token);
    }
    return {
      connection_id: conn?.id ?? '',
      connection_name: m.connectionName,
      provider: conn?.providerKey ?? '',
      connected_account_id: account?.id ?? '',
      connected_account_status: account?.status ?? '',
      authentication_link: link,
    };
  });
}

export function registerMcpAuthStateRoutes(router: Router, deps: Deps) {
  router.add(
    'POST',
    '/api/v1/mcp/configs/{config_id}/connected_accounts',
    async ({ params, body }) => {
      const input = parseInput(bodySchema, await body());
      const config = deps.store.getConfig(params.config_id);
      if (!config) throw notFound('MCP configuration does not exist');
      return {
        connected_accounts: connectionAuthStates(deps, config, input.identifier, input.include_auth_link),
      };
    },
    { auth: true },
  );
}
