import { z } from 'zod';

/** Whose sessions to end: one person, by the email they signed in with. */
export const endSessionsInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, 'Say whose sessions to end')
    .max(320, 'An email address is at most 320 characters')
    .email('That is not an email address'),
});

/** The people page's address: `?page=` (1-based); anything else is the first page. */
export const peoplePageQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
