import 'server-only';
import { loadUserAccounts } from '@/lib/accounts/user-accounts';
import { loadConfigCached } from '@/lib/configs/cached';
import type { AccountStatus, ScalekitClient } from '@/lib/scalekit';
import { rowsForConfig, statusOf, toAccountView } from '@/lib/accounts/rows';
import type { ConnectLinkClaims } from './token';

/** What the end user's connect page shows: names and statuses only, no account ids or tokens. */
export interface ConnectState {
  identifier: string;
  configName: string;
  connections: { connectionName: string; provider: string; status: AccountStatus | null }[];
  checkedAt: string;
  linkExpiresAt: string;
}

export async function loadConnectState(sk: ScalekitClient, claims: ConnectLinkClaims): Promise<ConnectState> {
  const [config, accounts] = await Promise.all([
    loadConfigCached(sk, claims.configId),
    loadUserAccounts(sk, claims.identifier),
  ]);
  const rows = rowsForConfig(config.mappings, accounts.value.map(toAccountView));
  return {
    identifier: claims.identifier,
    configName: config.name,
    connections: rows.map((r) => ({
      connectionName: r.connectionName,
      provider: r.provider,
      status: statusOf(r),
    })),
    checkedAt: new Date(accounts.loadedAt).toISOString(),
    linkExpiresAt: claims.expiresAt.toISOString(),
  };
}
