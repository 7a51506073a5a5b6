import 'server-only';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ActionError, isActionError } from '@/lib/errors/action-error';
import type { AccessLevel, ScalekitClient } from '@/lib/scalekit';
import { mintRecorded } from './mint';

import type { PreviewTool } from './preview-types';

export type { PreviewTool } from './preview-types';

/** Why a preview failed, in words an admin can act on. */
export function explainMcpError(err: unknown): string {
  // The SDK's StreamableHTTPError carries the HTTP status as a numeric `code` (read by shape, not class).
  const code = (err as { code?: unknown })?.code;
  const status = typeof code === 'number' ? code : /\b(401|404)\b/.exec(String((err as Error)?.message))?.[1];
  if (Number(status) === 401) {
    return 'The MCP server refused the session token (401): it expired, or it was minted for another config. Mint a new one.';
  }
  if (Number(status) === 404)
    return 'There is no MCP server at this URL (404): the config was probably deleted.';
  return `Could not talk to the MCP server: ${(err as Error)?.message ?? String(err)}`;
}

/** Connects as the user's agent would: Streamable HTTP with the session token as a bearer token. */
export async function withMcpClient<T>(
  serverUrl: string,
  token: string,
  fn: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ name: 'mcp-console-preview', version: '1.0.0' });
  try {
    await client.connect(
      new StreamableHTTPClientTransport(new URL(serverUrl), {
        requestInit: { headers: { Authorization: `Bearer ${token}` } },
      }),
    );
    return await fn(client);
  } catch (err) {
    if (isActionError(err)) throw err;
    throw new ActionError(explainMcpError(err));
  } finally {
    await client.close().catch(() => {});
  }
}

export async function listPreviewTools(client: Client): Promise<PreviewTool[]> {
  const { tools } = await client.listTools();
  return tools.map((t) => ({
    name: t.name,
    description: t.description ?? '',
    readOnly: t.annotations?.readOnlyHint === true,
    inputSchema: t.inputSchema as PreviewTool['inputSchema'],
  }));
}

// Short preview tokens stay on the server and are reused while valid, so one preview session mints once.
// The server URL is kept with the token: a reused token needs no config read either.

/** The token and MCP server URL a preview acts with: reused while it has 10 s left, else minted (and recorded). */
export async function previewSession(
  sk: ScalekitClient,
  operator: string,
  input: { configId: string; identifier: string; accessLevel: AccessLevel },
): Promise<{ token: string; serverUrl: string }> {
  const cache = sk.scoped(
    'tokens.preview-sessions',
    () => new Map<string, { token: string; serverUrl: string; expiresAt: number }>(),
  );
  const key = `${operator}\u0000${input.configId}\u0000${input.identifier}\u0000${input.accessLevel}`;
  const hit = cache.get(key);
  if (hit && hit.expiresAt - Date.now() > 10_000) return hit;
  cache.delete(key);
  const minted = await mintRecorded(sk, { operator, kind: 'preview', expirySeconds: 300, ...input });
  if (cache.size > 500) cache.clear();
  const session = { token: minted.token, serverUrl: minted.config.mcpServerUrl };
  cache.set(key, { ...session, expiresAt: Date.parse(minted.expiresAt) });
  return session;
}
