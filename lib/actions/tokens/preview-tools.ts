'use server';

import { defineAction } from '@/lib/actions/safe-action';
import { mintRecorded } from '@/lib/tokens/mint';
import {
  cachedPreviewToken,
  listPreviewTools,
  previewKey,
  rememberPreviewToken,
  withMcpClient,
} from '@/lib/tokens/preview';
import { previewInput } from '@/lib/tokens/schema';
import { getScalekit } from '@/lib/scalekit';

/** Lists what this user's agent would get: a short token for them, then tools/list over Streamable HTTP. */
export const previewToolsAction = defineAction({
  name: 'token.preview',
  permission: 'tokens:mint',
  input: previewInput,
  audit: (input) => ({
    target: input.configId,
    summary: `Previewed tools as ${input.identifier} (${input.accessLevel})`,
  }),
  handler: async (input, { user }) => {
    const key = previewKey(user.email, input.configId, input.identifier, input.accessLevel);
    let token = cachedPreviewToken(key);
    let serverUrl: string;
    if (token) {
      serverUrl = (await getScalekit().configs.get(input.configId)).mcpServerUrl;
    } else {
      const minted = await mintRecorded({
        operator: user.email,
        kind: 'preview',
        expirySeconds: 300,
        ...input,
      });
      rememberPreviewToken(key, minted.token, minted.expiresAt);
      token = minted.token;
      serverUrl = minted.config.mcpServerUrl;
    }
    const tools = await withMcpClient(serverUrl, token, listPreviewTools);
    return { tools };
  },
});
