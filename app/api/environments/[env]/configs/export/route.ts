import { z } from 'zod';
import { exportConfigs, exportQuery } from '@/lib/config-plan/operations';
import { environmentParam, targetEnvironment } from '@/lib/config-plan/target-environment';
import { exportFileName } from '@/lib/config-plan/write-file';
import { defineRoute } from '@/lib/request/define-route';

/** An environment's configs as a file (all, or those named), as a download. */
export const GET = defineRoute({
  name: 'configs.export',
  access: 'configs:read',
  apiKeys: true,
  params: z.object({ env: environmentParam }),
  query: exportQuery,
  doc: {
    summary: 'Export configs as a file',
    description:
      'The configs of the environment (all, or those in `names`, comma-separated) as a YAML or JSON configs file: stable order, no ids, no secrets.',
    responseType: 'application/yaml',
  },
  audit: ({ params, query }) => ({
    target: params.env,
    summary: `Exported ${query.names ? query.names.join(', ') : 'every config'} of ${params.env}`,
  }),
  handler: async ({ params, query, request }, ctx) => {
    const target = targetEnvironment(ctx, params.env);
    const format = query.format ?? 'yaml';
    // The console's export form sends one `names` per ticked config; the command line one comma-separated list.
    const repeated = new URL(request.url).searchParams.getAll('names');
    const names = repeated.length > 1 ? exportQuery.shape.names.parse(repeated.join(',')) : query.names;
    const { text } = await exportConfigs(target.client, { names, format });
    return new Response(text, {
      headers: {
        'content-type':
          format === 'json' ? 'application/json; charset=utf-8' : 'application/yaml; charset=utf-8',
        'content-disposition': `attachment; filename="${exportFileName(format, target.name)}"`,
        'cache-control': 'no-store',
      },
    });
  },
});
