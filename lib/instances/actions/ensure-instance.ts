'use server';

import { z } from 'zod';
import { identifierField } from '@/lib/wire/fields';
import { configIdField } from '@/lib/wire/fields';
import { defineAction } from '@/lib/request/define-action';
import { invalidateUserInstances } from '../load';
import { toInstanceView } from '../view';

/**
 * Creates the user's instance of a config, or returns the one they have (Scalekit's ensure is get-or-create).
 * Returns the masked view: the URL is fetched separately, by an admin, at the moment they copy or reveal it.
 */
export const ensureInstanceAction = defineAction({
  name: 'instance.ensure',
  permission: 'instances:write',
  input: z.object({ configId: configIdField, identifier: identifierField }),
  handler: async (input, { scalekit }) => {
    const config = await scalekit.configs.get(input.configId);
    const instance = await scalekit.instances.ensure({
      configName: config.name,
      userIdentifier: input.identifier,
    });
    invalidateUserInstances(scalekit, input.identifier);
    return toInstanceView(instance);
  },
  audit: (input, data) => ({
    target: input.identifier,
    summary: data
      ? `Ensured MCP instance ${data.id} on config ${data.configName}`
      : `Ensure an MCP instance on config ${input.configId}`,
  }),
});
