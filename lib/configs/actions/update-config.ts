'use server';

import { defineAction } from '@/lib/request/define-action';
import { diffConfigs } from '@/lib/configs/diff';
import { guardedUpdate } from '@/lib/configs/save';
import { updateConfigInput } from '@/lib/configs/schema';

export const updateConfigAction = defineAction({
  name: 'config.update',
  permission: 'configs:write',
  input: updateConfigInput,
  audit: (input, data?: { summary: string }) => ({
    target: input.id,
    summary: data?.summary ?? 'Update refused or failed',
  }),
  handler: async (input, { user, scalekit }) => {
    const draft = { description: input.description, mappings: input.mappings };
    const { config, snapshot, hash } = await guardedUpdate(scalekit, {
      id: input.id,
      baseHash: input.baseHash,
      draft,
      kind: 'update',
      actor: user,
    });
    const normalized = !diffConfigs(draft, snapshot).empty;
    const summary = `Updated ${config.name}${normalized ? ' (server normalized the change)' : ''}`;
    return { id: config.id, name: config.name, hash, snapshot, summary };
  },
});
