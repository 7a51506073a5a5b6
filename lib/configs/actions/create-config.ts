'use server';

import { defineAction } from '@/lib/request/define-action';
import { recordVersion } from '@/lib/configs/history';
import { snapshotOf, toApiMappings } from '@/lib/configs/normalize';
import { createConfigInput } from '@/lib/configs/schema';
import { createConfigConfirmed } from '@/lib/configs/writes';

export const createConfigAction = defineAction({
  name: 'config.create',
  permission: 'configs:write',
  input: createConfigInput,
  audit: (input, data?: { id: string }) => ({
    target: data?.id ?? input.name,
    summary: `Created ${input.name} with ${input.mappings.length} connection(s)`,
  }),
  handler: async (input, { user, scalekit }) => {
    const config = await createConfigConfirmed(scalekit, {
      name: input.name,
      description: input.description,
      mappings: toApiMappings(input),
    });
    await recordVersion({
      environment: scalekit.environment,
      configId: config.id,
      configName: config.name,
      kind: 'create',
      snapshot: snapshotOf(config),
      actor: user,
    });
    return { id: config.id, name: config.name };
  },
});
