/**
 * `node --import` hook for server modules run outside Next.js and vitest (e.g. a console instance spawned by a
 * test): `server-only` resolves to an empty module, as vitest.config.ts aliases it.
 */
import { register } from 'node:module';

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === 'server-only') return { url: 'data:text/javascript,export{}', shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
