import 'server-only';
import { createCoalescingCache } from '@/lib/cache/coalescing-cache';
import type { McpConfig, ScalekitClient } from '@/lib/scalekit';

// Mappings change rarely and only by admins: half a minute of staleness keeps public pages cheap.
const configCache = (sk: ScalekitClient) =>
  sk.scoped('configs.by-id', () => createCoalescingCache<McpConfig>({ ttlMs: 30_000, max: 500 }));

/** A config read shared by the connect page, its polls and link creation (30 s). */
export async function loadConfigCached(sk: ScalekitClient, id: string): Promise<McpConfig> {
  return (await configCache(sk).get(id, () => sk.configs.get(id))).value;
}

/** After we change a config: the next read goes upstream. */
export function invalidateConfig(sk: ScalekitClient, id: string) {
  configCache(sk).invalidate(id);
}
