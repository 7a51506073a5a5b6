'use server';

import { z } from 'zod';
import { ActionError } from '@/lib/errors/action-error';
import { defineAction } from '@/lib/request/define-action';
import { createConnectLink } from '@/lib/connect-links';
import { filterUsers, toCsv } from '@/lib/readiness/grid';
import { loadReadiness } from '@/lib/readiness/snapshot';
import { isReady } from '@/lib/readiness/is-ready';
import { configIdField } from '@/lib/wire/fields';
import { gridFilterField } from '@/lib/readiness/schema';
import { LIFETIME_LABELS } from '../lifetimes';
import { lifetimeField } from '../schema';

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
  handler: async (input, { scalekit }) => {
    const snap = await loadReadiness(scalekit, input.configId);
    const users = filterUsers(snap, input.filter, input.q).filter((u) => !isReady(u.statuses));
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
