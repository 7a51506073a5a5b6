'use server';

import { revokeApiKey } from '@/lib/api-keys/store';
import { revokeApiKeyInput } from '@/lib/api-keys/schema';
import { defineAction } from '@/lib/request/define-action';

/** Revokes a key: every console instance refuses it from the next call on. */
export const revokeApiKeyAction = defineAction({
  name: 'api-key.revoke',
  permission: 'api-keys:manage',
  input: revokeApiKeyInput,
  audit: (input, data?: { name: string }) => ({
    target: data?.name ?? String(input.id),
    summary: `Revoked API key ${data?.name ?? input.id}`,
  }),
  handler: async (input, { user }) => revokeApiKey(input.id, user.email),
});
