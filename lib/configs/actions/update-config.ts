'use server';

import { defineAction } from '@/lib/request/define-action';
import { diffConfigs } from '@/lib/configs/diff';
import { guardedUpdate } from '@/lib/configs/save';
import { updateConfigInput } from '@/lib/configs/schema';
import { hashSnapshot, snapshotOf } from '@/lib/configs/normalize';

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
    const saved = await guardedUpdate(scalekit, {
      id: input.id,
      baseHash: input.baseHash,
      draft,
      kind: 'update',
      actor: user,
    });
    const d = diffConfigs(draft, snapshotOf(saved));
    const summary = `Updated ${saved.name}${d.empty ? '' : ' (server normalized the change)'}`;
    return {
      id: saved.id,
      name: saved.name,
      hash: hashSnapshot(snapshotOf(saved)),
      snapshot: snapshotOf(saved),
      summary,
    };
  },
});
