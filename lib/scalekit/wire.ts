/** Wire schemas shared by the resources: every field optional (zero values are omitted upstream). */
import { z } from 'zod';
import { ACCOUNT_STATUSES, type AccountStatus } from './types';

export const str = z.string().optional().default('');
export const pageFields = {
  next_page_token: str,
  prev_page_token: str,
  total_size: z.coerce.number().optional().default(0),
};

/** Statuses come as names, sometimes lower case; unknown or empty ones mean "not connected". */
export const statusField = z
  .string()
  .optional()
  .transform((s): AccountStatus | null => {
    const up = (s ?? '').toUpperCase();
    return (ACCOUNT_STATUSES as readonly string[]).includes(up) ? (up as AccountStatus) : null;
  });

export const seconds = (n: number) => `${Math.floor(n)}s`;
