'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/request/define-action';
import { identifierField } from '@/lib/wire/fields';

/** The user search's form: opens the user's page, or says what is wrong with what was typed. */
export const lookUpUserAction = defineAction({
  name: 'user.look-up',
  permission: 'users:read',
  input: z.object({ identifier: identifierField }),
  audit: false,
  handler: async ({ identifier }): Promise<never> => redirect(`/users/${encodeURIComponent(identifier)}`),
});
