/** Wire schemas shared by the resources: every field optional (zero values are omitted upstream). */
import { z } from 'zod';
import { ACCOUNT_STATUSES, type AccountStatus, type ConnectionAuthState } from './types';

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

/**
 * One mapped connection's auth state, as both the config-level and the instance-level auth-state calls return
 * it (they differ only in the list's field name).
 */
export const connectionAuthStateWire = z
  .object({
    connection_id: str,
    connection_name: str,
    provider: str,
    connected_account_id: str,
    connected_account_status: statusField,
    authentication_link: str,
  })
  .transform((s): ConnectionAuthState => ({
    connectionId: s.connection_id,
    connectionName: s.connection_name,
    provider: s.provider,
    connectedAccountId: s.connected_account_id,
    status: s.connected_account_status,
    authLink: s.authentication_link,
  }));
