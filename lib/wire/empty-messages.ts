/**
 * What a form says when a required field is left empty: the same words from the server's schema
 * (lib/wire/fields.ts) and from the browser's check before it sends anything (useRequiredFields). Free of zod,
 * so a form can import it without bringing the schema library into the page's scripts.
 */
export const EMPTY = {
  identifier: 'Enter the user identifier',
  connectionName: 'Choose a connection',
  configId: 'Choose a config',
  email: 'Enter your email address',
  password: 'Enter your password',
} as const;
