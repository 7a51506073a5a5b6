import { z } from 'zod';
import { gridFilterField } from '@/lib/actions/users/schemas';

export const gridQuery = z.object({
  configId: z.string().min(1, 'configId is required').max(100),
  filter: gridFilterField.default('all'),
  q: z.string().trim().max(200, 'search at most 200 characters').default(''),
  page: z.coerce.number().int('page must be a whole number').min(1, 'page starts at 1').default(1),
  refresh: z.enum(['0', '1']).default('0'),
});
