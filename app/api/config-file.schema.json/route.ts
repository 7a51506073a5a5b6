import { configFileJsonSchema } from '@/lib/config-plan/json-schema';
import { defineRoute } from '@/lib/request/define-route';

/** The JSON Schema of configs files, for editors (`# yaml-language-server: $schema=<console>/api/config-file.schema.json`). */
export const GET = defineRoute({
  name: 'config-file.schema',
  access: 'public',
  cacheControl: 'public, max-age=300',
  doc: { summary: 'The JSON Schema of configs files', responseType: 'application/schema+json' },
  handler: async () => configFileJsonSchema(),
});
