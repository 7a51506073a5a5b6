import { openApiDocument } from '@/lib/openapi/document';
import { defineRoute } from '@/lib/request/define-route';
import { DOCUMENTED_ROUTES } from '../documented-routes';

/** The OpenAPI document of the console's API, generated from the zod schemas its routes validate with. */
export const GET = defineRoute({
  name: 'openapi',
  access: 'public',
  cacheControl: 'public, max-age=300',
  handler: async ({ request }) =>
    openApiDocument(DOCUMENTED_ROUTES, { serverUrl: new URL(request.url).origin, version: '1' }),
});
