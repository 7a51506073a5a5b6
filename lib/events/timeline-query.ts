/** The timeline route's query. Apart from timeline.ts, which the browser imports, so zod stays server-side. */
import { z } from 'zod';
import { keysetCursorSchema } from '@/lib/db/keyset';
import { TIMELINE_KINDS, type TimelineKind } from './timeline';

export const timelineQuerySchema = z.object({
  connection: z
    .string()
    .max(100, 'A connection name is at most 100 characters')
    .regex(/^[A-Za-z0-9_-]*$/, 'A connection name has only letters, digits, - and _')
    .optional(),
  kind: z
    .enum(Object.keys(TIMELINE_KINDS) as [TimelineKind], {
      message: `kind is one of ${Object.keys(TIMELINE_KINDS).join(', ')}`,
    })
    .optional(),
  cursor: keysetCursorSchema.optional(),
});
