import { z } from 'zod';
import { configIdField } from '@/lib/wire/fields';
import { GRID_FILTERS } from './grid';

/** Browser-safe: the grid's URL state and the bulk-links form share these rules with the routes. */
export const gridFilterField = z.enum(GRID_FILTERS, {
  message: `filter is one of ${GRID_FILTERS.join(', ')}`,
});

export const gridQuery = z.object({
  configId: configIdField,
  filter: gridFilterField.default('all'),
  q: z.string().trim().max(200, 'search at most 200 characters').default(''),
  page: z.coerce.number().int('page must be a whole number').min(1, 'page starts at 1').default(1),
  refresh: z.enum(['0', '1']).default('0'),
});
