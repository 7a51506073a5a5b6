'use server';

import { z } from 'zod';
import { ActionError } from '@/lib/errors/action-error';
import { defineAction } from '@/lib/request/define-action';
import { getVersion } from '@/lib/configs/history';
import { guardedUpdate } from '@/lib/configs/save';
import { configIdField } from '@/lib/wire/fields';

/** Rollback is a new change to an old snapshot, through the same conflict-guarded path as any save. */
export const rollbackConfigAction = defineAction({
  name: 'config.rollback',
  permission: 'configs:write',
  input: z.object({ id: configIdField, version: z.number().int().min(1), baseHash: z.string().min(1) }),
  audit: (input) => ({ target: input.id, summary: `Rolled back to version ${input.version}` }),
  handler: async (input, { user, scalekit }) => {
    const v = await getVersion(input.id, input.version);
    if (!v) throw new ActionError(`Version ${input.version} does not exist for this config`);
    const saved = await guardedUpdate(scalekit, {
      id: input.id,
      baseHash: input.baseHash,
      draft: v.snapshot,
      kind: 'rollback',
      actor: user,
      note: `rollback to version ${input.version}`,
    });
    return { id: saved.config.id };
  },
});
