/**
 * Internal values to Scalekit's wire format: snake_case (done by the mappers), and zero values omitted the
 * way grpc-gateway omits them (empty strings, false, 0, empty lists), so clients must cope with absence.
 */
import { z } from 'zod';
import { invalid, type FieldViolation } from './errors';
import type { ConnectedAccount, Connection, McpConfig } from '../store/types';

export function omitZero(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(omitZero);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || v === null || v === '' || v === false || v === 0) continue;
      if (Array.isArray(v) && v.length === 0) continue;
      out[k] = omitZero(v);
    }
    return out;
  }
  return value;
}

export const serverUrl = (base: string, c: McpConfig) => `${base}/mcp/v3/servers/${c.serverUuid}`;

export function configToWire(base: string, c: McpConfig, connections: Map<string, Connection>) {
  return {
    id: c.id,
    name: c.name,
    description: c.description,
    mcp_server_url: serverUrl(base, c),
    connection_tool_mappings: c.mappings.map((m) => {
      const conn = connections.get(m.connectionName);
      return {
        connection_id: conn?.id ?? '',
        connection_name: m.connectionName,
        provider: conn?.providerKey ?? '',
        tools: m.tools,
      };
    }),
  };
}

/** `connector` on the wire is the connection name (the account's lookup key with `identifier`). */
export function accountToWire(a: ConnectedAccount, connections: Map<string, Connection>) {
  return {
    id: a.id,
    identifier: a.identifier,
    provider: a.providerKey,
    connector: a.connectionName,
    connection_id: connections.get(a.connectionName)?.id ?? '',
    status: a.status,
    authorization_type: a.authorizationType,
    token_expires_at: a.tokenExpiresAt,
    updated_at: a.updatedAt,
    last_used_at: a.lastUsedAt,
    api_config: a.apiConfig,
  };
}

export function connectionToWire(base: string, c: Connection) {
  return {
    id: c.id,
    provider: c.providerKey,
    type: c.type,
    status: c.status,
    enabled: c.enabled,
    provider_key: c.providerKey,
    key_id: c.keyId,
    created_at: c.createdAt,
    mcp_server_url: `${base}/mcp/v3/connections/${c.keyId}`,
  };
}

/** zod parse that turns issues into a 400 with field violations naming what to fix. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, what = 'Request'): z.infer<T> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const violations: FieldViolation[] = r.error.issues.map((i) => ({
    field: i.path.join('.') || '(body)',
    description: i.message,
  }));
  throw invalid(
    `${what} is invalid: ${violations.map((v) => `${v.field}: ${v.description}`).join('; ')}`,
    violations,
  );
}

/** Page tokens are opaque to clients: base64 of the offset. */
export function paginate<T>(items: T[], pageSize: number, pageToken: string | undefined) {
  let offset = 0;
  if (pageToken) {
    const decoded = Number(Buffer.from(pageToken, 'base64url').toString('utf8'));
    if (!Number.isInteger(decoded) || decoded < 0 || decoded > items.length) {
      throw invalid('page_token is not a token this API returned', [
        { field: 'page_token', description: 'invalid page token' },
      ]);
    }
    offset = decoded;
  }
  const page = items.slice(offset, offset + pageSize);
  const next =
    offset + pageSize < items.length ? Buffer.from(String(offset + pageSize)).toString('base64url') : '';
  const prev = offset > 0 ? Buffer.from(String(Math.max(0, offset - pageSize))).toString('base64url') : '';
  return { page, next_page_token: next, prev_page_token: prev, total_size: items.length };
}

export const pageSizeParam = (max: number, fallback: number, exclusive = false) =>
  z.coerce
    .number({ message: 'page_size must be a number' })
    .int('page_size must be a whole number')
    .min(0, 'page_size must not be negative')
    .max(exclusive ? max - 1 : max, `page_size must be ${exclusive ? 'less than' : 'at most'} ${max}`)
    .optional()
    .transform((v) => (v === undefined || v === 0 ? fallback : v));
