import { z } from 'zod';
import { identifierField } from '@/lib/wire/fields';
import { configIdField } from '@/lib/wire/fields';
import { userReadiness } from '@/lib/readiness/user-readiness';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/** Each mapped connection's auth state for one user (read-only: creates nothing, no links). */
export const GET = defineRoute({
  access: 'users:read',
  query: z.object({ configId: configIdField, identifier: identifierField }),
  handler: ({ query }, ctx) => userReadiness(ctx.scalekit, query.configId, query.identifier),
});
