'use server';

import { z } from 'zod';
import { ActionError, defineAction } from '@/lib/actions/safe-action';
import { createConnectLink } from '@/lib/connect-links';
import { filterUsers, toCsv } from '@/lib/users/grid';
import { loadReadiness } from '@/lib/users/readiness';
import { configIdField, gridFilterField, LIFETIME_LABELS, lifetimeField } from './schemas';

const MAX_LINKS = 1000;

/** Connect links for every user in the grid's current filter who is not ready, as CSV to hand to a mailer. */
export const bulkConnectLinksAction = defineAction({
  name: 'user.connect-links-bulk',
  permission: 'users:links',
  input: z.object({
    configId: configIdField,
    filter: gridFilterField,
    q: z.string().max(200).default(''),
    lifetime: lifetimeField,
  }),
  audit: (input, data?: { configName: string; count: number }) => ({
    target: data?.configName ?? input.configId,
    summary: `Created ${data?.count ?? 0} ${LIFETIME_LABELS[input.lifetime]} connect links (filter: ${input.filter}${input.q ? `, "${input.q}"` : ''})`,
  }),
  handler: async (input) => {
    const snap = await loadReadiness(input.configId);
    const users = filterUsers(snap, input.filter, input.q).filter((u) =>
      u.statuses.some((s) => s !== 'ACTIVE'),
    );
    if (users.length === 0) throw new ActionError('Everyone in this view is ready: no links to create');
    if (users.length > MAX_LINKS) {
      throw new ActionError(
        `${users.length} users match; narrow the filter or search to at most ${MAX_LINKS} per batch`,
      );
    }
    const rows: string[][] = [['identifier', 'connect_link', 'expires_at']];
    for (const u of users) {
      const { url, claims } = await createConnectLink({ ...input, identifier: u.identifier });
      rows.push([u.identifier, url, claims.expiresAt.toISOString()]);
    }
    return { csv: toCsv(rows), count: users.length, configName: snap.configName };
  },
});
