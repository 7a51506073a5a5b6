'use server';

import { z } from 'zod';
import { ActionError, defineAction } from '@/lib/actions/safe-action';
import { getScalekit } from '@/lib/scalekit';
import { invalidateUser } from '@/lib/users/accounts';
import { identifierField } from './schemas';

const accountInput = z.object({
  identifier: identifierField,
  connectionName: z.string().min(1, 'Choose a connection').max(100),
  accountId: z.string().min(1, 'The account id is missing').max(100),
});

/** The account the person confirmed: the id comes from the browser, so it must match identifier and connection. */
async function confirmedAccount(input: z.infer<typeof accountInput>) {
  const account = await getScalekit().connectedAccounts.get(input.accountId);
  if (account.identifier !== input.identifier || account.connectionName !== input.connectionName) {
    throw new ActionError('That account belongs to another user or connection; reload the page');
  }
  return account;
}

/** Revokes the account's tokens upstream; the account stays and can be re-authorized. */
export const disconnectAccountAction = defineAction({
  name: 'account.disconnect',
  permission: 'accounts:write',
  input: accountInput,
  audit: (input) => ({
    target: input.identifier,
    summary: `Disconnected ${input.connectionName} (${input.accountId})`,
  }),
  handler: async (input) => {
    await confirmedAccount(input);
    const updated = await getScalekit().connectedAccounts.disconnect(input.accountId);
    invalidateUser(input.identifier);
    return { status: updated.status };
  },
});

/** Deletes the account: the user must connect from scratch. Typed confirmation of the connection name. */
export const deleteAccountAction = defineAction({
  name: 'account.delete',
  permission: 'accounts:write',
  input: accountInput.extend({ confirm: z.string() }).refine((v) => v.confirm === v.connectionName, {
    message: 'Type the connection name exactly to confirm',
    path: ['confirm'],
  }),
  audit: (input) => ({
    target: input.identifier,
    summary: `Deleted the ${input.connectionName} account (${input.accountId})`,
  }),
  handler: async (input) => {
    await confirmedAccount(input);
    await getScalekit().connectedAccounts.delete({ connectedAccountId: input.accountId });
    invalidateUser(input.identifier);
    return { deleted: true };
  },
});
