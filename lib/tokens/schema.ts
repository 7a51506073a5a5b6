import { z } from 'zod';
import { ACCESS_LEVELS } from '@/lib/scalekit/types';

export const EXPIRY_PRESETS = [
  { label: '1 minute', seconds: 60 },
  { label: '15 minutes', seconds: 900 },
  { label: '1 hour', seconds: 3600 },
  { label: '8 hours', seconds: 28_800 },
  { label: '24 hours', seconds: 86_400 },
] as const;

/** Shared by the mint form (client) and the mint action (server). */
export const mintInput = z.object({
  configId: z.string().min(1, 'Choose a config'),
  identifier: z
    .string()
    .trim()
    .min(1, 'Enter the user identifier')
    .max(255, 'Identifiers are at most 255 characters'),
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
