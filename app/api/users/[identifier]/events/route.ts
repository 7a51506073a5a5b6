import { z } from 'zod';
import { identifierField } from '@/lib/wire/fields';
import { timelineQuerySchema } from '@/lib/events/timeline-query';
import { loadUserTimeline } from '@/lib/events/timeline-data';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/** A user's account events, newest first, filtered by connection and kind, paged by cursor. */
export const GET = defineRoute({
  access: 'users:read',
  params: z.object({ identifier: identifierField }),
  query: timelineQuerySchema,
  handler: ({ params, query }) => loadUserTimeline({ identifier: params.identifier, ...query }),
});
