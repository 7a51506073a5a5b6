import 'server-only';
import type { ScalekitClient } from '@/lib/scalekit';

/** The environment's connections, as the editor offers them. */
export async function loadConnectionOptions(sk: ScalekitClient) {
  const connections = await sk.connections.listAll();
  return connections.map((c) => ({
    name: c.name,
    provider: c.provider,
    status: c.status,
    enabled: c.enabled,
  }));
}
