'use server';

import { defineAction } from '@/lib/request/define-action';
import { listPreviewTools, previewSession, withMcpClient } from '@/lib/tokens/preview';
import { previewInput } from '@/lib/tokens/schema';

/** Lists what this user's agent would get: a short token for them, then tools/list over Streamable HTTP. */
export const previewToolsAction = defineAction({
  name: 'token.preview',
  permission: 'tokens:mint',
  input: previewInput,
  audit: (input) => ({
    target: input.configId,
    summary: `Previewed tools as ${input.identifier} (${input.accessLevel})`,
  }),
  handler: async (input, { user, scalekit }) => {
    const { token, serverUrl } = await previewSession(scalekit, user.email, input);
    const tools = await withMcpClient(serverUrl, token, listPreviewTools);
    return { tools };
  },
});
