'use server';

import { z } from 'zod';
import { ActionError, defineAction } from '@/lib/actions/safe-action';
import { getScalekit } from '@/lib/scalekit';
import { invalidateUser } from '@/lib/users/accounts';

/**
 * A fresh authorization link for one connection of a config (valid about a minute). Creates the connected
 * account if it is missing, as Scalekit does with include_auth_link.
 */
export const getAuthLinkAction = defineAction({
  name: 'user.auth-link',
  permission: 'users:links',
  input: z.object({
    configId: z.string().min(1, 'Choose a config'),
    identifier: z.string().trim().min(1, 'Enter the user identifier').max(255),
    connectionName: z.string().min(1, 'Choose a connection'),
  }),
  audit: (input) => ({
    target: input.identifier,
    summary: `Created an auth link for ${input.connectionName}`,
  }),
  handler: async (input) => {
    const states = await getScalekit().mcp.authState(input.configId, input.identifier, {
      includeAuthLink: true,
    });
    invalidateUser(input.identifier); // the call may have created PENDING_AUTH accounts
    const state = states.find((s) => s.connectionName === input.connectionName);
    if (!state) throw new ActionError(`${input.connectionName} is not mapped in this config`);
    if (!state.authLink)
      throw new ActionError(
        `Scalekit returned no link for ${input.connectionName}; the connection may have no key.`,
      );
    return {
      link: state.authLink,
      expiresAt: new Date(Date.now() + 60_000).toISOString(),
      connectionName: input.connectionName,
    };
  },
});
