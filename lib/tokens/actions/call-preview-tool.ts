'use server';

import { ActionError } from '@/lib/errors/action-error';
import { defineAction } from '@/lib/request/define-action';
import { listPreviewTools, previewSession, withMcpClient } from '@/lib/tokens/preview';
import { callToolInput } from '@/lib/tokens/schema';
import { validateToolArguments } from '@/lib/tokens/tool-arguments';

/** Calls one read-only tool as the user. Write tools are refused here on the server, whatever the form sent. */
export const callPreviewToolAction = defineAction({
  name: 'token.preview-call',
  permission: 'tokens:mint',
  input: callToolInput,
  audit: (input) => ({ target: input.configId, summary: `Called ${input.toolName} as ${input.identifier}` }),
  handler: async (input, { user, scalekit }) => {
    const { token, serverUrl } = await previewSession(scalekit, user.email, input);
    return withMcpClient(serverUrl, token, async (client) => {
      const tool = (await listPreviewTools(client)).find((t) => t.name === input.toolName);
      if (!tool) throw new ActionError(`${input.toolName} is not among the tools this user's agent gets.`);
      if (!tool.readOnly)
        throw new ActionError(`${input.toolName} is not read-only; the console only calls read-only tools.`);
      const args = validateToolArguments(tool.inputSchema, input.arguments);
      const result = await client.callTool({ name: tool.name, arguments: args });
      const text = (result.content as { type: string; text?: string }[] | undefined)
        ?.filter((c) => c.type === 'text')
        .map((c) => c.text)
        .join('\n');
      return {
        isError: result.isError === true,
        text: text ?? '',
        structured: result.structuredContent ?? null,
      };
    });
  },
});
