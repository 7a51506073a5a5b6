import { z } from 'zod';
import { LINK_LIFETIMES, type LinkLifetime } from './lifetimes';

/** Browser-safe: the connect-link forms, the actions and the public routes share these. */
export const lifetimeField = z.enum(Object.keys(LINK_LIFETIMES) as [LinkLifetime], {
  message: 'Choose how long the link stays valid: 1h, 1d or 7d',
});

/** The path segment of a connect link (`v1.<payload>.<signature>`); its signature is checked separately. */
export const connectTokenParams = z.object({
  token: z.string().min(1, 'The link is incomplete').max(2000, 'This link is not valid'),
});
