import 'server-only';
import type { ScalekitClient } from '@/lib/scalekit';
import type { ConnectionAuthState } from '@/lib/scalekit/types';
import { isReady } from './is-ready';

export interface UserReadiness {
  connections: ConnectionAuthState[];
  ready: boolean;
}

/** Each mapped connection's auth state for one user (read-only: creates nothing, no links). */
export async function userReadiness(
  sk: ScalekitClient,
  configId: string,
  identifier: string,
): Promise<UserReadiness> {
  const connections = await sk.mcp.authState(configId, identifier);
  return { connections, ready: isReady(connections.map((c) => c.status)) };
}
