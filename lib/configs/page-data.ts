import 'server-only';
import { isScalekitError, type McpConfig, type ScalekitClient } from '@/lib/scalekit';
import { noticeExternalChange } from './history';

/**
 * The config a page shows, or null if the server no longer has it. Loading is where the console finds changes
 * made elsewhere, so the loader (not the page's render) records them, idempotently: two viewers loading at once
 * record one external version.
 */
export async function loadConfigForPage(sk: ScalekitClient, id: string): Promise<McpConfig | null> {
  const config = await sk.configs.get(id).catch((err: unknown) => {
    if (isScalekitError(err) && err.status === 404) return null;
    throw err;
  });
  if (config) await noticeExternalChange(config, sk.environment);
  return config;
}

/** Tool names of each connection's catalog, loaded in parallel; a catalog that fails to load is left out. */
export async function loadCatalogNames(
  sk: ScalekitClient,
  connections: string[],
): Promise<Record<string, string[]>> {
  const entries = await Promise.all(
    connections.map(async (c) => {
      const tools = await sk.tools.listAllForConnector(c).catch(() => null);
      return [c, tools?.map((t) => t.name)] as const;
    }),
  );
  return Object.fromEntries(entries.filter((e): e is readonly [string, string[]] => !!e[1]));
}
