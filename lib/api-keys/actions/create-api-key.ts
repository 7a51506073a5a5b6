'use server';

import { createApiKey } from '@/lib/api-keys/store';
import { createApiKeyInput } from '@/lib/api-keys/schema';
import { listTargetEnvironments } from '@/lib/config-plan/target-environment';
import { roleAtLeast } from '@/lib/auth/roles';
import { ActionError } from '@/lib/errors/action-error';
import { defineAction } from '@/lib/request/define-action';

/** Creates an operator's API key and returns it: the only time the key exists outside its holder's hands. */
export const createApiKeyAction = defineAction({
  name: 'api-key.create',
  permission: 'api-keys:manage',
  input: createApiKeyInput,
  form: (data) => ({
    name: data.get('name'),
    role: data.get('role'),
    environments: data.getAll('environments'),
    expiresInDays: data.get('expiresInDays'),
  }),
  // Never the key: its name, role, environments and lifetime.
  audit: (input) => ({
    target: input.name,
    summary: `Created API key ${input.name} (${input.role}, ${input.environments.join(', ')}, ${input.expiresInDays} days)`,
  }),
  handler: async (input, ctx) => {
    const known = new Set(listTargetEnvironments());
    const unknown = input.environments.filter((e) => !known.has(e));
    if (unknown.length)
      throw new ActionError(`Unknown environment ${unknown.join(', ')}`, {
        environments: ['Choose environments of this console'],
      });
    // A key acts with its role in each of its environments: it may never do more there than its creator can
    // (an admin of development who is support in production cannot make an admin key for production).
    const beyond = input.environments.filter((e) => !roleAtLeast(ctx.roleIn(e), input.role));
    if (beyond.length)
      throw new ActionError(
        `Your role in ${beyond.map((e) => `${e} (${ctx.roleIn(e) ?? 'none'})`).join(', ')} is below ${input.role}: a key cannot do more than you can there`,
        { environments: [`Choose environments where you are ${input.role}, or a lower role`] },
        undefined,
        403,
      );
    const created = await createApiKey(input, ctx.user);
    return { ...created, expiresAt: created.expiresAt.toISOString() };
  },
});
