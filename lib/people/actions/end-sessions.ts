'use server';

import { defineAction } from '@/lib/request/define-action';
import { endSessionsInput } from '@/lib/people/schema';
import { endSessions } from '@/lib/sessions/store';

/**
 * Ends every open session of one person, on every device: their next request on any console instance is refused
 * within REVOCATION_DELAY_MS and they must sign in again. The audit names the person, never a session id.
 */
export const endSessionsAction = defineAction({
  name: 'sessions.end',
  permission: 'sessions:manage',
  scope: 'deployment',
  input: endSessionsInput,
  audit: (input, data?: { email: string; ended: number }) => ({
    target: input.email,
    summary: data
      ? `Ended ${data.ended} session${data.ended === 1 ? '' : 's'} of ${input.email}`
      : `End the sessions of ${input.email}`,
  }),
  handler: async (input, { user }) => ({
    email: input.email,
    ended: await endSessions({ email: input.email, by: user.email }),
  }),
});
