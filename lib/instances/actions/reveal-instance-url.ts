'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/request/define-action';
import { instanceIdField } from '../instance-id';

/**
 * The instance URL, for an admin who clicked reveal or copy. The URL is a credential: it goes to that browser
 * only, never to the audit entry (which records that it was revealed), a log or the database.
 */
export const revealInstanceUrlAction = defineAction({
  name: 'instance.reveal-url',
  permission: 'instances:write',
  input: z.object({ instanceId: instanceIdField }),
  audit: (input) => ({
    target: input.instanceId,
    summary: `Revealed the URL of MCP instance ${input.instanceId}`,
  }),
  handler: async (input, { scalekit }) => {
    const instance = await scalekit.instances.get(input.instanceId);
    return { url: instance.url };
  },
});
