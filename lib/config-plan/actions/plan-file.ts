'use server';

import { planFile, planFileInput } from '@/lib/config-plan/operations';
import { environmentParam, targetEnvironment } from '@/lib/config-plan/target-environment';
import { defineAction } from '@/lib/request/define-action';

/** The console's "plan a file" form: an uploaded file, or pasted text, against the chosen environment. */
export const planFileAction = defineAction({
  name: 'configs.plan',
  permission: 'configs:write',
  input: planFileInput.extend({ environment: environmentParam }),
  form: async (data) => {
    const file = data.get('file');
    const upload = typeof file === 'object' && file && 'text' in file && file.size > 0 ? file : null;
    return {
      environment: data.get('environment'),
      fileName: upload ? upload.name : String(data.get('fileName') ?? '') || 'pasted.yaml',
      content: upload ? await upload.text() : String(data.get('content') ?? ''),
      prune: data.get('prune') === 'on',
    };
  },
  audit: false, // a plan changes nothing; applying it is audited
  // The form's fields come back too: a page rendered without JavaScript shows them again under the plan.
  handler: async (input, ctx) => ({
    outcome: await planFile(targetEnvironment(ctx, input.environment), ctx.user, input),
    submitted: {
      environment: input.environment,
      fileName: input.fileName,
      content: input.content,
      prune: input.prune === true,
    },
  }),
});

export type PlanFileActionState = Awaited<ReturnType<typeof planFileAction>> | null;
