import { z } from 'zod';
import { planFile, planFileInput } from '@/lib/config-plan/operations';
import { planSchema } from '@/lib/config-plan/plan-schema';
import { environmentParam, targetEnvironment } from '@/lib/config-plan/target-environment';
import { MAX_FILE_BYTES } from '@/lib/config-plan/file-schema';
import { defineRoute } from '@/lib/request/define-route';

/** Plans a configs file against an environment: what applying it would change, and every problem first. */
export const POST = defineRoute({
  name: 'configs.plan',
  access: 'configs:read',
  apiKeys: true,
  params: z.object({ env: environmentParam }),
  body: planFileInput,
  maxBodyBytes: MAX_FILE_BYTES * 2 + 4096, // the file as a JSON string (escapes) plus the other fields
  doc: {
    summary: 'Plan a configs file against an environment',
    description:
      "Parses the file (YAML or JSON), then compares it with the environment: per config create, update, unchanged or (with prune) delete, the effective-tool diff, pre-flight problems and user impact. The plan is kept for 24 hours; apply it by its digest. An invalid file answers 422 with each error's line, column and field.",
    response: planSchema,
  },
  audit: ({ params, body }) => ({
    target: params.env,
    summary: `Planned ${body.fileName} against ${params.env}`,
  }),
  handler: async ({ params, body }, ctx) => {
    const target = targetEnvironment(ctx, params.env);
    const out = await planFile(target, ctx.user!, body);
    if (out.ok) return out.plan;
    return Response.json(
      {
        error: `${out.fileName} has ${out.errors.length} error(s): ${out.errors
          .slice(0, 3)
          .map((e) => `line ${e.line}${e.path ? ` (${e.path})` : ''}: ${e.message}`)
          .join('; ')}`,
        code: 'invalid_file',
        details: { fileName: out.fileName, errors: out.errors },
      },
      { status: 422, headers: { 'cache-control': 'no-store' } },
    );
  },
});
