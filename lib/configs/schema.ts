import { z } from 'zod';
import { configIdField, connectionNameField } from '@/lib/wire/fields';
import {
  descriptionIssues,
  mappingsIssues,
  MAX_CONNECTIONS,
  MAX_TOOLS_PER_CONNECTION,
  nameIssues,
} from './draft-rules';

// The rules themselves live in draft-rules.ts (zod-free, so the editor runs them in the browser); these schemas
// add the shape checks and run the same rules on the server.
export { MAX_CONNECTIONS, NAME_PATTERN } from './draft-rules';

const issuesFrom = (rule: (value: string) => string[]) => (value: string, ctx: z.RefinementCtx) =>
  rule(value).forEach((message) => ctx.addIssue({ code: 'custom', message }));

export const nameSchema = z.string().trim().superRefine(issuesFrom(nameIssues));

export const mappingSchema = z.object({
  // Empty is the rules' "Choose a connection" (the same message the browser shows), not a second one.
  connectionName: connectionNameField.or(z.literal('')),
  allTools: z.boolean(),
  // Capped here too so an oversized array is refused before the rules walk it.
  tools: z
    .array(z.string().min(1))
    .max(MAX_TOOLS_PER_CONNECTION, `At most ${MAX_TOOLS_PER_CONNECTION} tools per connection`),
});

const mappingsSchema = z
  .array(mappingSchema)
  .max(MAX_CONNECTIONS * 4, `A config can map at most ${MAX_CONNECTIONS} connections`)
  .superRefine((ms, ctx) => mappingsIssues(ms).forEach((i) => ctx.addIssue({ code: 'custom', ...i })));

/** The editor's form: the browser runs draft-rules.ts directly (instant messages), the actions run this. */
export const configDraftSchema = z.object({
  description: z.string().trim().superRefine(issuesFrom(descriptionIssues)),
  mappings: mappingsSchema,
});
export type ConfigDraft = z.infer<typeof configDraftSchema>;
export type MappingDraft = z.infer<typeof mappingSchema>;

export const createConfigInput = configDraftSchema.extend({ name: nameSchema });
export const updateConfigInput = configDraftSchema.extend({
  id: configIdField,
  baseHash: z.string().min(1, 'Reload the editor: it has no server version to compare with'),
});

/** The config pages' path (`/configs/<id>`, `/configs/<id>/history`). */
export const configPageParams = z.object({ id: configIdField });
