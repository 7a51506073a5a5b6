'use server';

import { z } from 'zod';
import { ActionError } from '@/lib/errors/action-error';
import { isGone } from '@/lib/configs/writes';
import { defineAction } from '@/lib/request/define-action';
import { confirmWrite } from '@/lib/scalekit/write-outcome';
import { invalidateUser } from '@/lib/accounts/user-accounts';
import type { ScalekitClient } from '@/lib/scalekit';
import { accountIdField, connectionNameField, identifierField } from '@/lib/wire/fields';

const accountInput = z.object({
  identifier: identifierField,
  connectionName: connectionNameField,
  accountId: accountIdField,
});

/** The account the person confirmed: the id comes from the browser, so it must match identifier and connection. */
async function confirmedAccount(sk: ScalekitClient, input: z.infer<typeof accountInput>) {
  const account = await sk.connectedAccounts.get(input.accountId);
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
  handler: async (input, { scalekit }) => {
    await confirmedAccount(scalekit, input);
    const updated = await scalekit.connectedAccounts.disconnect(input.accountId);
    invalidateUser(scalekit, input.identifier);
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
  handler: async (input, { scalekit }) => {
    await confirmedAccount(scalekit, input);
    await confirmWrite(
      `deleting the ${input.connectionName} account`,
      () => scalekit.connectedAccounts.delete({ connectedAccountId: input.accountId }),
      async () =>
        (await isGone(() => scalekit.connectedAccounts.get(input.accountId)))
          ? { applied: true, value: undefined }
          : { applied: false },
    );
    invalidateUser(scalekit, input.identifier);
    return { deleted: true };
  },
});
