import { ilike, type AnyColumn, type SQL } from 'drizzle-orm';

// What a person types is text, not a LIKE pattern: "%", "_" and "\" match only themselves.
const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&');

/** Case-insensitive "contains": "alice" finds alice@example.com, "EMAIL" finds email-assistant. */
export function containsText(column: AnyColumn, text: string): SQL {
  return ilike(column, `%${escapeLike(text)}%`);
}
