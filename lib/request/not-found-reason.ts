import 'server-only';
import { cache } from 'react';

/**
 * Why this request ended on the not-found page, when our code knows (a path segment that breaks its rule): set
 * before `notFound()`, read by app/not-found.tsx in the same render, so the person reads what to fix rather than
 * a bare "Page not found". Per request (React's `cache`), never shared.
 */
const reason = cache(() => ({ message: undefined as string | undefined }));

export const setNotFoundReason = (message: string) => {
  reason().message = message;
};
export const notFoundReason = () => reason().message;
