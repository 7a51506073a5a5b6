/**
 * Per-user MCP instance URLs, <base>/mcp/v2/instances/<id>/<secret>, over Streamable HTTP with no
 * Authorization header: the URL is the credential. Every way of not matching a live instance (unknown id,
 * wrong or missing secret, extra path, deleted instance or config) gets the same 404, so a prober learns
 * nothing; the secret is compared in constant time.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { secretMatches } from '../store/instances';
import type { Store } from '../store/store';
import type { McpInstance } from '../store/types';
import type { ToolRunner } from '../logs/run-tool';
import { jsonReply, serveConfigTools } from './mcp-server';

export const INSTANCE_PATH_PREFIX = '/mcp/v2/instances/';
/** The route template counters and logs use: it never contains the secret. */
export const INSTANCE_ROUTE = `${INSTANCE_PATH_PREFIX}{instance_id}/{secret}`;

export const instanceUrl = (base: string, i: McpInstance) =>
  `${base}${INSTANCE_PATH_PREFIX}${i.id}/${i.secret}`;

export function createInstanceHandler({ store, runTool }: { store: Store; runTool: ToolRunner }) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const rest = (req.url ?? '').split('?')[0].slice(INSTANCE_PATH_PREFIX.length).split('/');
    const [id = '', secret = '', ...extra] = rest;
    const instance = store.instances.get(id);
    const config = instance && store.getConfig(instance.configId);
    const exact = extra.length === 0 || (extra.length === 1 && extra[0] === '');
    if (!secretMatches(instance, secret) || !exact || !instance || !config) {
      return jsonReply(res, 404, {
        error: 'not_found',
        message: 'no MCP instance at this URL (it may have been deleted, or the URL is incomplete)',
      });
    }
    store.instances.touch(instance.id);
    await serveConfigTools(
      store,
      runTool,
      config,
      {
        identifier: instance.userIdentifier,
        readOnly: false,
        via: { kind: 'instance', instanceId: instance.id },
      },
      req,
      res,
    );
  };
}
