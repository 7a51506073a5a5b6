import { z } from 'zod';
import { ROLES } from '@/lib/auth/roles';

/** Shared by the keys page's form and its actions. */
export const API_KEY_LIFETIMES = [7, 30, 90, 365] as const;

export const apiKeyNameField = z
  .string()
  .trim()
  .min(1, 'Give the key a name, such as ci-deploy')
  .max(60, 'A key name is at most 60 characters')
  .regex(/^[a-z0-9][a-z0-9._-]*$/, 'A key name uses lowercase letters, digits, ., - and _ (e.g. ci-deploy)');

export const createApiKeyInput = z.object({
  name: apiKeyNameField,
  role: z.enum(ROLES, { error: 'Choose admin or support' }),
  environments: z
    .array(z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'Unknown environment'))
    .min(1, 'Choose at least one environment')
    .max(50),
  expiresInDays: z.coerce
    .number({ error: 'Choose when the key expires' })
    .int()
    .min(1, 'A key lives at least 1 day')
    .max(365, 'A key lives at most 365 days'),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeyInput>;

export const revokeApiKeyInput = z.object({ id: z.coerce.number().int().min(1, 'Choose a key') });
