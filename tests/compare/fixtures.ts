/** Small hand-made environments for the comparison's unit tests. */
import type { EnvironmentLists } from '@/lib/compare/compare';
import type { Connection, McpConfig } from '@/lib/scalekit/types';

export const conn = (name: string, provider = name.toUpperCase(), id = `conn_${name}`): Connection => ({
  id,
  name,
  provider,
  type: 'OAUTH',
  status: 'COMPLETED',
  enabled: true,
  mcpServerUrl: '',
});

export const cfg = (
  name: string,
  mappings: Record<string, string[]>,
  description = '',
  id = `cfg_${name}`,
): McpConfig => ({
  id,
  name,
  description,
  mcpServerUrl: `https://x/${id}`,
  mappings: Object.entries(mappings).map(([connectionName, tools]) => ({
    connectionName,
    connectionId: `conn_${connectionName}`,
    provider: connectionName.toUpperCase(),
    tools,
  })),
});

export const env = (
  name: string,
  configs: McpConfig[],
  connections: Connection[],
  production = name === 'production',
): EnvironmentLists => ({ name, production, ok: true, configs, connections });

export const down = (
  name: string,
  error = 'Scalekit is not answering; try again shortly',
): EnvironmentLists => ({
  name,
  production: false,
  ok: false,
  error,
});
