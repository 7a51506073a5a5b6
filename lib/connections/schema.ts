import { z } from 'zod';
import { STATUS_FILTERS } from './overview';

/** Browser-safe: a connection's users view (URL state) and its routes share these rules. */
export const statusFilterField = z.enum(STATUS_FILTERS, {
  message: `status is one of ${STATUS_FILTERS.join(', ')}`,
});

export const connectionUsersQuery = z.object({
  status: statusFilterField.default('all'),
  q: z.string().trim().max(200, 'search at most 200 characters').default(''),
  page: z.coerce.number().int('page must be a whole number').min(1, 'page starts at 1').default(1),
});
