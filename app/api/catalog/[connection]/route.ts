import { z } from 'zod';
import { connectionNameField } from '@/lib/wire/fields';
import { pickerTools } from '@/lib/configs/picker-tools';
import { defineRoute } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/** The tools of one connection for the picker. The catalog changes rarely: the browser reuses it a few minutes. */
export const GET = defineRoute({
  access: 'configs:read',
  params: z.object({ connection: connectionNameField }),
  cacheControl: 'private, max-age=300',
  handler: async ({ params }, ctx) => ({ tools: await pickerTools(ctx.scalekit, params.connection) }),
});
