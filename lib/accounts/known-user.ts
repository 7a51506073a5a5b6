import 'server-only';
import { scalekitOf } from '@/lib/environments';
import { loadUserAccounts } from './user-accounts';

/**
 * Is an identifier anyone at all? Unknown: no connected account and no MCP instance in the environment, which is
 * what a typo looks like. A load that failed is not evidence either way, so only loaded empties count.
 */
export const isUnknownUser = (accounts: readonly unknown[], instances: readonly unknown[] | null) =>
  accounts.length === 0 && instances !== null && instances.length === 0;

/**
 * The other environments (of those given) where the identifier has accounts: one shared, cached list call each,
 * all together, asked only once the page's own environment came back empty. An environment that fails to answer
 * is left out rather than guessed.
 */
export async function environmentsWithAccounts(
  identifier: string,
  environments: string[],
): Promise<string[]> {
  const found = await Promise.all(
    environments.map((env) =>
      loadUserAccounts(scalekitOf(env), identifier)
        .then(({ value }) => value.length > 0)
        .catch(() => false),
    ),
  );
  return environments.filter((_, i) => found[i]);
}
