'use server';

import { z } from 'zod';
import { ActionError } from '@/lib/errors/action-error';
import { defineAction } from '@/lib/request/define-action';
import { invalidateUser } from '@/lib/accounts/user-accounts';
import { configIdField } from '@/lib/wire/fields';
import { connectionNameField, identifierField } from '@/lib/wire/fields';

/**
 * A fresh authorization link for one connection of a config (valid about a minute). Creates the connected
 * account if it is missing, as Scalekit does with include_auth_link.
 */
export const getAuthLinkAction = defineAction({
  name: 'user.auth-link',
  permission: 'users:links',
  input: z.object({
    configId: configIdField,
    identifier: identifierField,
    connectionName: connectionNameField,
  }),
  audit: (input) => ({
    target: input.identifier,
    summary: `Created an auth link for ${input.connectionName}`,
  }),
  handler: async (input, { scalekit }) => {
    const states = await scalekit.mcp.authState(input.configId, input.identifier, {
      includeAuthLink: true,
    });
    invalidateUser(scalekit, input.identifier); // the call may have created PENDING_AUTH accounts
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
