import { defineRoute, problemResponse } from '@/lib/request/define-route';

export const dynamic = 'force-dynamic';

/**
 * Any /api/ address no route handler serves (a typo, or `/api/connect/%2E%2E/authorize`, which URL
 * normalization turns into `/api/authorize`): the API's JSON error shape, not Next's HTML 404 page.
 */
const notFound = {
  access: 'public',
  handler: async () =>
    problemResponse({ status: 404, code: 'not_found', message: 'No API route at this address' }),
} as const;

export const GET = defineRoute(notFound);
export const POST = defineRoute(notFound);
export const PUT = defineRoute(notFound);
export const PATCH = defineRoute(notFound);
export const DELETE = defineRoute(notFound);
