/** The connected-account event types (API.md §4). Zod-free: the browser's timeline imports them. */
export const ACCOUNT_EVENT_TYPES = [
  'connected_account.created',
  'connected_account.updated',
  'connected_account.status_updated',
  'connected_account.deleted',
  'connected_account.magic_link_generated',
  'connected_account.oauth_tokens_fetched',
  'connected_account.oauth_succeeded',
  'connected_account.token_refresh_succeeded',
  'connected_account.token_refresh_failed',
] as const;
export type AccountEventType = (typeof ACCOUNT_EVENT_TYPES)[number];

export const isAccountEventType = (t: unknown): t is AccountEventType =>
  (ACCOUNT_EVENT_TYPES as readonly unknown[]).includes(t);
