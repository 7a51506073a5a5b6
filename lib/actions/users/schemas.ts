import { z } from 'zod';
import { LINK_LIFETIMES } from '@/lib/connect-links/lifetimes';
import { GRID_FILTERS } from '@/lib/users/grid';

export const identifierField = z
  .string()
  .trim()
  .min(1, 'Enter the user identifier')
  .max(255, 'An identifier is at most 255 characters');
export const configIdField = z.string().min(1, 'Choose a config').max(100);
export const lifetimeField = z.enum(Object.keys(LINK_LIFETIMES) as [keyof typeof LINK_LIFETIMES], {
  message: 'Choose how long the link stays valid: 1h, 1d or 7d',
});
export const gridFilterField = z.enum(GRID_FILTERS, { message: 'Unknown filter' });
export const LIFETIME_LABELS: Record<keyof typeof LINK_LIFETIMES, string> = {
  '1h': '1 hour',
  '1d': '1 day',
  '7d': '7 days',
};
