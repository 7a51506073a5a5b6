'use server';

import { z } from 'zod';
import { isGone } from '@/lib/configs/writes';
import { defineAction } from '@/lib/request/define-action';
import { confirmWrite } from '@/lib/scalekit/write-outcome';
import { invalidateUserInstances } from '../load';
import { instanceIdField } from '../instance-id';

/** Deletes an instance: its URL answers 404 from now on, so the agent using it stops at once. */
export const deleteInstanceAction = defineAction({
  name: 'instance.delete',
  permission: 'instances:write',
  input: z.object({ instanceId: instanceIdField }),
  handler: async (input, { scalekit }) => {
    // Read first: the user's cached list must be dropped, and the audit entry names who lost their agent.
    const instance = await scalekit.instances.get(input.instanceId);
    await confirmWrite(
      `deleting ${instance.userIdentifier}'s instance`,
      () => scalekit.instances.delete(input.instanceId),
      async () =>
        (await isGone(() => scalekit.instances.get(input.instanceId)))
          ? { applied: true, value: undefined }
          : { applied: false },
    );
    invalidateUserInstances(scalekit, instance.userIdentifier);
    return {
      id: instance.id,
      userIdentifier: instance.userIdentifier,
      configName: instance.config?.name ?? '',
    };
  },
  audit: (input, data) => ({
    target: data?.userIdentifier || input.instanceId,
    summary: data
      ? `Deleted MCP instance ${input.instanceId} on config ${data.configName}`
      : `Delete MCP instance ${input.instanceId}`,
  }),
});
