'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/actions/safe-action';
import { loadImpact } from '@/lib/configs/impact-data';
import { MAX_CONNECTIONS } from '@/lib/configs/schema';

/** A read for the review dialog: who the proposed change affects. Not audited (it changes nothing). */
export const configImpactAction = defineAction({
  name: 'config.impact',
  permission: 'configs:write',
  input: z.object({
    id: z.string().min(1),
    connections: z
      .array(z.string().min(1).max(100))
      .max(MAX_CONNECTIONS, `At most ${MAX_CONNECTIONS} connections`),
  }),
  audit: false,
  handler: (input) => loadImpact(input.id, input.connections),
});
