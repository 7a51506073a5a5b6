/** How long a connect link may live. Separate from token.ts so the browser can import it without node:crypto. */
export const LINK_LIFETIMES = { '1h': 3600, '1d': 86_400, '7d': 7 * 86_400 } as const;
export type LinkLifetime = keyof typeof LINK_LIFETIMES;

export const LIFETIME_LABELS: Record<LinkLifetime, string> = {
  '1h': '1 hour',
  '1d': '1 day',
  '7d': '7 days',
};
