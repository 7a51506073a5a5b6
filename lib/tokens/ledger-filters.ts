// The token ledger page's filters, as its search params carry them: a pure schema (no database), so the
// page and the tests that feed it hostile params share one rule.
import { z } from 'zod';
import { dbDateSchema, keysetCursorSchema } from '@/lib/db/keyset';
import { ACCESS_LEVELS } from '@/lib/scalekit/types';
import { identifierField } from '@/lib/wire/fields';

export const ledgerFiltersSchema = z.object({
  operator: z.string().trim().max(200).optional().catch(undefined),
  identifier: identifierField.optional().catch(undefined), // part of an identifier: the same rule holds
  config: z.string().trim().max(100).optional().catch(undefined),
  accessLevel: z.enum(ACCESS_LEVELS).optional().catch(undefined),
  from: dbDateSchema.optional().catch(undefined),
  cursor: keysetCursorSchema.optional().catch(undefined),
});
export type LedgerFilters = z.infer<typeof ledgerFiltersSchema>;
