// The audit page's filters, as its search params carry them: a pure schema (no database), so the page and
// the tests that feed it hostile params share one rule.
import { z } from 'zod';
import { dbDateSchema, keysetCursorSchema } from '@/lib/db/keyset';

export const auditFiltersSchema = z.object({
  actor: z.string().trim().max(200).optional().catch(undefined),
  action: z.string().trim().max(100).optional().catch(undefined),
  target: z.string().trim().max(200).optional().catch(undefined),
  outcome: z.enum(['success', 'failure', 'denied']).optional().catch(undefined),
  // An environment's name; `console` for what concerns the console itself (keys, sessions).
  environment: z
    .string()
    .regex(/^[a-z][a-z0-9-]{0,39}$/)
    .optional()
    .catch(undefined),
  from: dbDateSchema.optional().catch(undefined),
  to: dbDateSchema.optional().catch(undefined),
  cursor: keysetCursorSchema.optional().catch(undefined),
});
export type AuditFilters = z.infer<typeof auditFiltersSchema>;
