'use server';

import { createApiKey } from '@/lib/api-keys/store';
import { createApiKeyInput } from '@/lib/api-keys/schema';
import { listTargetEnvironments } from '@/lib/config-plan/target-environment';
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
  handler: async (input, { user }) => {
    const known = new Set(listTargetEnvironments());
    const unknown = input.environments.filter((e) => !known.has(e));
    if (unknown.length)
      throw new ActionError(`Unknown environment ${unknown.join(', ')}`, {
        environments: ['Choose environments of this console'],
      });
    const created = await createApiKey(input, user);
    return { ...created, expiresAt: created.expiresAt.toISOString() };
  },
});
