/**
 * The connected-account webhook envelope Scalekit sends (API.md §4, `webhooks` in agentkit.openapi.json).
 * Only the fields the console keeps are parsed; anything else (tokens included, should one ever appear) is
 * dropped by zod here and never reaches the database.
 */
import { z } from 'zod';
import { connectionNameField, identifierField } from '@/lib/wire/fields';
import { ACCOUNT_EVENT_TYPES } from './event-types';

// Statuses are kept as sent (bounded), so a status Scalekit adds later is stored rather than refused.
const status = z.string().max(64);

export const accountEventSchema = z.object({
  spec_version: z.string().regex(/^[0-9]+$/, 'spec_version must be a number'),
  id: z.string().regex(/^evt_[A-Za-z0-9_-]{1,200}$/, 'id must look like evt_…'),
  type: z.enum(ACCOUNT_EVENT_TYPES),
  object: z.literal('ConnectedAccount'),
  occurred_at: z.iso.datetime({ offset: true, message: 'occurred_at must be an RFC 3339 time' }),
  environment_id: z.string().max(200).optional(),
  data: z.object({
    id: z.string().max(200).default(''),
    identifier: identifierField,
    connection_name: connectionNameField.or(z.literal('')).default(''),
    provider: z.string().max(200).default(''),
    status: status.optional(),
    old_status: status.optional(),
  }),
});
export type AccountEvent = z.infer<typeof accountEventSchema>;
