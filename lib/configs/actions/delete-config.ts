'use server';

import { z } from 'zod';
import { ActionError } from '@/lib/errors/action-error';
import { configIdField } from '@/lib/wire/fields';
import { defineAction } from '@/lib/request/define-action';
import { recordVersion } from '@/lib/configs/history';
import { snapshotOf } from '@/lib/configs/normalize';
import { deleteConfigConfirmed } from '@/lib/configs/writes';

/** Deleting stops the MCP server URL at once: the admin must type the name to confirm. */
export const deleteConfigAction = defineAction({
  name: 'config.delete',
  permission: 'configs:write',
  input: z.object({ id: configIdField, confirmName: z.string() }),
  audit: (input) => ({ target: input.id, summary: `Deleted ${input.confirmName}` }),
  handler: async (input, { user, scalekit: sk }) => {
    const config = await sk.configs.get(input.id);
    if (input.confirmName !== config.name) {
      throw new ActionError(`Type the config's name (${config.name}) to confirm`, {
        confirmName: ['The name does not match'],
      });
    }
    await deleteConfigConfirmed(sk, config);
    await recordVersion({
      environment: sk.environment,
      configId: config.id,
      configName: config.name,
      kind: 'delete',
      snapshot: snapshotOf(config),
      actor: user,
    });
    return { id: config.id };
  },
});
