/**
 * Browser-safe shapes and rules for per-user MCP instances, zod-free (the instance panels import it; the
 * actions' input schema is in instance-id.ts). Nothing here ever holds an instance URL.
 */
import type { AccountStatus } from '@/lib/scalekit/types';

/** What any console user may see of an instance: everything but the URL, which is a credential. */
export interface InstanceView {
  id: string;
  name: string;
  userIdentifier: string;
  configId: string;
  configName: string;
  /** Host and path up to the id, the secret replaced: enough to recognise, useless to connect. */
  maskedUrl: string;
  lastUsedAt: string | null;
  updatedAt: string | null;
}

/** A row of the config page's instance list: ready or not from the user's accounts. */
export interface ConfigInstanceRow extends InstanceView {
  ready: boolean;
}

/** `<base>/mcp/v2/instances/<id>/<secret>` -> `<base>/mcp/v2/instances/<id>/••••••••`. */
export function maskInstanceUrl(url: string): string {
  const cut = url.lastIndexOf('/');
  return cut > url.indexOf('://') + 2 ? `${url.slice(0, cut + 1)}••••••••` : '••••••••';
}

/** The statuses that decide whether an instance is ready (`isReady`): one per connection its config maps. */
export function instanceStatuses(
  mappings: readonly { connectionName: string }[],
  accounts: readonly { connectionName: string; status: AccountStatus | null }[],
): (AccountStatus | null)[] {
  const byName = new Map(accounts.map((a) => [a.connectionName, a.status]));
  return mappings.map((m) => byName.get(m.connectionName) ?? null);
}
