import { z } from 'zod';
import { ACCESS_LEVELS } from '@/lib/scalekit/types';
import { configIdField, identifierField } from '@/lib/wire/fields';

/** Shared by the mint form (client) and the mint action (server). */
export const mintInput = z.object({
  configId: configIdField,
  identifier: identifierField,
  expirySeconds: z.coerce
    .number({ message: 'Expiry must be a number of seconds' })
    .int('Expiry must be whole seconds')
    .min(60, 'Expiry must be at least 60 seconds')
    .max(86_400, 'Expiry must be at most 24 hours (86400 seconds)'),
  accessLevel: z.enum(ACCESS_LEVELS, { message: `Access level is ${ACCESS_LEVELS.join(' or ')}` }),
});
export type MintInput = z.infer<typeof mintInput>;

export const previewInput = mintInput.pick({ configId: true, identifier: true, accessLevel: true });
export type PreviewInput = z.infer<typeof previewInput>;

export const callToolInput = previewInput.extend({
  toolName: z.string().min(1, 'Choose a tool'),
  arguments: z.record(z.string(), z.unknown()).default({}),
});
