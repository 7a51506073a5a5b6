import { z } from 'zod';
import { identifierField } from '@/lib/wire/fields';
import { listConfigInstances, loadUserInstances } from '@/lib/instances/load';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/**
 * Instances without their URLs (support may read them): `?identifier=` for one user's instances (the user
 * page), or `?config=<name>` for one page of a config's instances with ready-or-not (the config page).
 */
export const GET = defineRoute({
  access: 'users:read',
  query: z
    .object({
      identifier: identifierField.optional(),
      config: z.string().trim().min(1).max(100, 'config must be at most 100 characters').optional(),
      search: z.string().trim().max(100, 'search must be at most 100 characters').optional(),
      pageSize: z.coerce.number().int().min(1).max(30, 'pageSize must be at most 30').optional().default(10),
      pageToken: z.string().max(200, 'pageToken must be at most 200 characters').optional(),
    })
    .refine((q) => !!q.identifier !== !!q.config, { message: 'Give exactly one of identifier and config' }),
  handler: async ({ query }, ctx) => {
    if (query.identifier) return { items: await loadUserInstances(ctx.scalekit, query.identifier) };
    return listConfigInstances(ctx.scalekit, {
      configName: query.config!,
      search: query.search || undefined,
      pageSize: query.pageSize,
      pageToken: query.pageToken || undefined,
    });
  },
});
