import 'server-only';
import { eq, isNull, or, type AnyColumn, type SQL } from 'drizzle-orm';
import { getServerEnv } from '@/lib/env';

/**
 * Rows that belong to an environment: filed under its name, or filed before the console had environments (null),
 * which count as the default environment's.
 */
export function inEnvironment(column: AnyColumn, environment: string): SQL {
  return environment === getServerEnv().defaultEnvironment
    ? or(eq(column, environment), isNull(column))!
    : eq(column, environment);
}
