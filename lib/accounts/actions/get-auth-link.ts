'use server';

import { z } from 'zod';
import { ActionError } from '@/lib/errors/action-error';
import { defineAction } from '@/lib/request/define-action';
import { invalidateUser } from '@/lib/accounts/user-accounts';
import { safeExternalUrl } from '@/lib/security/safe-redirect';
import { connectionNameField, identifierField } from '@/lib/wire/fields';

/** Scalekit calls its links "time-limited" without a figure; when it sends no expiry we say about a minute. */
const ASSUMED_LIFETIME_MS = 60_000;

/**
 * A fresh authorization link for one connection of one user. Asked of that connected account alone (its
 * magic link), not of a config: a config's auth state makes a link, and an account, for every connection it
 * maps, and each of those shows in the user's timeline as something support did. Scalekit creates the
 * account (PENDING_AUTH) when the user has none on this connection.
 */
export const getAuthLinkAction = defineAction({
  name: 'user.auth-link',
  permission: 'users:links',
  input: z.object({ identifier: identifierField, connectionName: connectionNameField }),
  audit: (input) => ({
    target: input.identifier,
    summary: `Created an auth link for ${input.connectionName}`,
  }),
  handler: async (input, { scalekit }) => {
    const issuedAt = new Date().toISOString();
    const made = await scalekit.connectedAccounts.magicLink({
      connectionName: input.connectionName,
      identifier: input.identifier,
    });
    invalidateUser(scalekit, input.identifier); // the call may have created a PENDING_AUTH account
    const link = safeExternalUrl(made.link);
    if (!link) throw new ActionError('Scalekit sent an authorization link the console will not show');
    return {
      link,
      issuedAt,
      expiresAt: made.expiresAt ?? new Date(Date.parse(issuedAt) + ASSUMED_LIFETIME_MS).toISOString(),
      connectionName: input.connectionName,
    };
  },
});
