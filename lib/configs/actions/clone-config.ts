'use server';

import { z } from 'zod';
import { configIdField } from '@/lib/wire/fields';
import { defineAction } from '@/lib/request/define-action';
import { recordVersion } from '@/lib/configs/history';
import { snapshotOf, toApiMappings } from '@/lib/configs/normalize';
import { nameSchema } from '@/lib/configs/schema';
import { createConfigConfirmed } from '@/lib/configs/writes';

export const cloneConfigAction = defineAction({
  name: 'config.clone',
  permission: 'configs:write',
  input: z.object({ id: configIdField, name: nameSchema }),
  audit: (input, data?: { id: string }) => ({
    target: data?.id ?? input.name,
    summary: `Cloned ${input.id} as ${input.name}`,
  }),
  handler: async (input, { user, scalekit: sk }) => {
    const source = await sk.configs.get(input.id);
    const snapshot = snapshotOf(source);
    const clone = await createConfigConfirmed(sk, {
      name: input.name,
      description: source.description,
      mappings: toApiMappings(snapshot),
    });
    await recordVersion({
      environment: sk.environment,
      configId: clone.id,
      configName: clone.name,
      kind: 'clone',
      snapshot: snapshotOf(clone),
      actor: user,
      note: `cloned from ${source.name}`,
    });
    return { id: clone.id, name: clone.name };
  },
});
