import { z } from 'zod';
import { identifierField } from '@/lib/wire/fields';
import { getServerEnv } from '@/lib/env';
import { accountEventStream, pushOff } from '@/lib/events/sse';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

const MAX_IDENTIFIERS = 50;

/**
 * Server-Sent Events for signed-in viewers: "this user's accounts changed", for the users in `identifiers`
 * (comma-separated; the user page) or for everyone (the readiness grid, the home page). 204 when webhooks
 * are not configured, so the browser stops trying and keeps polling at today's rate.
 */
export const GET = defineRoute({
  access: 'users:read',
  query: z.object({
    identifiers: z
      .string()
      .optional()
      .transform((s) => (s ? s.split(',').filter(Boolean) : []))
      .pipe(z.array(identifierField).max(MAX_IDENTIFIERS, `at most ${MAX_IDENTIFIERS} identifiers`)),
  }),
  handler: async ({ query, request }, ctx) => {
    if (!getServerEnv().events.webhookSecret) return pushOff();
    const only = new Set(query.identifiers);
    return accountEventStream({
      sk: ctx.scalekit,
      signal: request.signal,
      accept: (msg) => only.size === 0 || only.has(msg.identifier),
    });
  },
});
