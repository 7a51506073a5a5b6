import 'server-only';
import { getScalekit } from '@/lib/scalekit';

/** The environment's connections, as the editor offers them. */
export async function loadConnectionOptions() {
  const connections = await getScalekit().connections.listAll();
  return connections.map((c) => ({
    name: c.name,
    provider: c.provider,
    status: c.status,
    enabled: c.enabled,
  }));
}
