/**
 * What the console's database can be asked about, as schemas for the inputs that reach a query: keyset cursors
 * (`<epoch ms>_<id>`, as pages hand them out) and dates. PostgreSQL timestamps are written as ISO strings,
 * and a JavaScript date past the year 9999 (or before year 1) prints as `+010000-...`, which PostgreSQL cannot
 * read: such a date from a URL was a 500. Ids are bigserial read as JavaScript numbers: beyond 2^53 they were
 * out of range. Both are refused here as input errors, before any query.
 */
import { z } from 'zod';

export const MIN_DB_TIME_MS = -62_135_596_800_000; // 0001-01-01T00:00:00Z
export const MAX_DB_TIME_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export const inDbRange = (d: Date) => {
  const t = d.getTime();
  return Number.isFinite(t) && t >= MIN_DB_TIME_MS && t <= MAX_DB_TIME_MS;
};

/** A cursor's parts, or null when it is not one this database could have handed out. */
export function parseKeysetCursor(raw: string | undefined): { at: Date; id: number } | null {
  const m = /^(\d{1,16})_(\d{1,16})$/.exec(raw ?? '');
  if (!m) return null;
  const at = new Date(Number(m[1]));
  const id = Number(m[2]);
  return inDbRange(at) && Number.isSafeInteger(id) ? { at, id } : null;
}

export const keysetCursorSchema = z
  .string()
  .refine((c) => parseKeysetCursor(c) !== null, 'cursor must be one returned by a previous page');

/** A date from a person (a filter), within what the database stores. */
export const dbDateSchema = z.coerce
  .date()
  .refine(inDbRange, 'the date must be between the years 1 and 9999');
