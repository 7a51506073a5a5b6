import { z } from 'zod';

export const NAME_PATTERN = /^[a-z0-9_-]+$/;
export const MAX_CONNECTIONS = 25;

export const nameSchema = z
  .string()
  .trim()
  .min(1, 'Give the config a name')
  .max(100, 'Names are at most 100 characters')
  .regex(NAME_PATTERN, 'Name can use lowercase letters, digits, hyphens and underscores only');

export const mappingSchema = z.object({
  connectionName: z.string().min(1, 'Choose a connection'),
  allTools: z.boolean(),
  tools: z.array(z.string().min(1)).max(5000, 'At most 5000 tools per connection'),
});

const mappingsSchema = z
  .array(mappingSchema)
  .max(MAX_CONNECTIONS, `A config can map at most ${MAX_CONNECTIONS} connections`)
  .superRefine((ms, ctx) => {
    const seen = new Set<string>();
    ms.forEach((m, i) => {
      if (seen.has(m.connectionName)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'connectionName'],
          message: `${m.connectionName} is added twice`,
        });
      }
      seen.add(m.connectionName);
      if (!m.allTools && m.tools.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'tools'],
          message: `Choose at least one ${m.connectionName} tool, or "all tools"`,
        });
      }
    });
  });

/** The editor's form: shared by the browser (instant messages) and the actions (the real check). */
export const configDraftSchema = z.object({
  description: z.string().trim().max(2000, 'Descriptions are at most 2000 characters'),
  mappings: mappingsSchema,
});
export type ConfigDraft = z.infer<typeof configDraftSchema>;
export type MappingDraft = z.infer<typeof mappingSchema>;

export const createConfigInput = configDraftSchema.extend({ name: nameSchema });
export const updateConfigInput = configDraftSchema.extend({
  id: z.string().min(1),
  baseHash: z.string().min(1, 'Reload the editor: it has no server version to compare with'),
});

/** A config id as the console passes it around (Scalekit's ids are opaque strings). */
export const configIdField = z
  .string()
  .min(1, 'Choose a config')
  .max(100, 'A config id is at most 100 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'A config id has only letters, digits, - and _');
