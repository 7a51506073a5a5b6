'use server';

import { z } from 'zod';
import { defineAction } from '@/lib/request/define-action';
import { loadImpact } from '@/lib/configs/impact-data';
import { connectionNameField } from '@/lib/wire/fields';
import { MAX_CONNECTIONS } from '@/lib/configs/schema';
import { configIdField } from '@/lib/wire/fields';

/** A read for the review dialog: who the proposed change affects. Not audited (it changes nothing). */
export const configImpactAction = defineAction({
  name: 'config.impact',
  permission: 'configs:write',
  input: z.object({
    id: configIdField,
    connections: z.array(connectionNameField).max(MAX_CONNECTIONS, `At most ${MAX_CONNECTIONS} connections`),
  }),
  audit: false,
  handler: (input, { scalekit }) => loadImpact(scalekit, input.id, input.connections),
});
