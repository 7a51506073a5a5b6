import { z } from 'zod';
import { EMPTY } from './empty-messages';

/**
 * The wire fields every schema shares: route params, queries, action inputs, forms and signed links all take
 * their identifier, connection name, config id and account id from here, so each rule is written once.
 * Browser-safe (zod only).
 */

/** An end user's identifier. Scalekit accepts any string up to 255 characters. */
export const identifierField = z
  .string()
  .trim()
  .min(1, EMPTY.identifier)
  .max(255, 'An identifier is at most 255 characters')
  // Control characters (NUL above all: PostgreSQL text cannot hold it) are never part of a real identifier.
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'An identifier cannot contain control characters');

/** A connection name as Scalekit allows it (`key_id`): letters, digits, - and _. */
export const connectionNameField = z
  .string()
  .min(1, EMPTY.connectionName)
  .max(100, 'A connection name is at most 100 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'A connection name has only letters, digits, - and _');

/** A config id as the console passes it around (Scalekit's ids are opaque strings). */
export const configIdField = z
  .string()
  .min(1, EMPTY.configId)
  .max(100, 'A config id is at most 100 characters')
  .regex(/^[A-Za-z0-9_-]+$/, 'A config id has only letters, digits, - and _');

/** A connected account's id (opaque). */
export const accountIdField = z
  .string()
  .min(1, 'The account id is missing')
  .max(100, 'An account id is at most 100 characters');
