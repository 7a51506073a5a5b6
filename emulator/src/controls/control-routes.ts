/** `/_emulator/*`: test controls, mounted only when EMULATOR_CONTROLS=1. */
import { z } from 'zod';
import { conflict, invalid, notFound } from '../http/errors';
import type { Router } from '../http/router';
import { parseInput } from '../http/wire';
import type { ToolCallLogs } from '../logs/tool-call-log-store';
import type { ToolFaults } from '../logs/tool-faults';
import type { ApiTokens } from '../rest/oauth';
import type { Deps } from '../rest/deps';
import type { StatusCause } from '../store/store';
import { SEED_VARIANTS, type SeedVariant } from '../store/seed-variants';
import type { AccountStatus } from '../store/types';
import { faultSchema, type Counters, type Faults } from './faults';

const resetSchema = z.object({
  seed: z.enum(['demo', 'none'], { message: 'seed must be demo or none' }).optional(),
  seed_variant: z
    .enum(SEED_VARIANTS, { message: 'seed_variant must be development or production' })
    .optional(),
  seed_users: z.number().int().min(0).max(100_000).optional(),
  seed_tool_calls: z.number().int().min(0).max(1_000_000).optional(),
});
const retireSchema = z.object({
  tools: z.array(z.string().min(1).max(200)).min(1, 'name at least one tool').max(1000),
});
const connectionSchema = z.object({
  key_id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'key_id: letters, digits, hyphens, underscores'),
  connector: z.string().min(1, 'connector is required'),
});

export function registerControlRoutes(
  router: Router,
  deps: Deps & {
    faults: Faults;
    counters: Counters;
    apiTokens: ApiTokens;
    seedUsers: number;
    seedVariant: SeedVariant;
    toolLogs: ToolCallLogs;
    toolFaults: ToolFaults;
  },
) {
  const { store, faults, counters } = deps;
  const setStatus =
    (status: AccountStatus, cause: StatusCause) =>
    ({ params }: { params: Record<string, string> }) => {
      const a = store.setAccountStatus(params.id, status, cause);
      if (!a) throw notFound(`connected account "${params.id}" does not exist`);
      return { id: a.id, status: a.status };
    };
  // Expire and activate stand for a failed and a successful token refresh (webhook event types follow).
  router.add('POST', '/_emulator/accounts/{id}/expire', setStatus('EXPIRED', 'refresh'));
  router.add('POST', '/_emulator/accounts/{id}/disconnect', setStatus('DISCONNECTED', 'disconnect'));
  router.add('POST', '/_emulator/accounts/{id}/activate', setStatus('ACTIVE', 'refresh'));
  router.add('POST', '/_emulator/faults', async ({ body }) => ({
    id: faults.add(parseInput(faultSchema, await body())),
  }));
  router.add('DELETE', '/_emulator/faults', () => (faults.clear(), {}));
  router.add('GET', '/_emulator/counters', () => counters.snapshot());
  router.add('DELETE', '/_emulator/counters', () => (counters.reset(), {}));
  router.add('POST', '/_emulator/expire-api-tokens', () => (deps.apiTokens.expireAll(), {}));
  router.add('POST', '/_emulator/connections', async ({ body }) => {
    const input = parseInput(connectionSchema, await body());
    if (!store.catalog.connector(input.connector)) throw invalid(`unknown connector "${input.connector}"`);
    if (store.getConnection(input.key_id)) throw conflict(`connection "${input.key_id}" already exists`);
    const c = store.addConnection(input.key_id, input.connector);
    return { id: c.id, key_id: c.keyId };
  });
  router.add('POST', '/_emulator/catalog/retire', async ({ body }) => {
    const input = parseInput(retireSchema, await body());
    for (const t of input.tools) store.retiredTools.add(t);
    return { retired: [...store.retiredTools].sort() };
  });
  router.add('POST', '/_emulator/reset', async ({ body }) => {
    const input = parseInput(resetSchema, await body());
    store.reset({
      seed: input.seed ?? 'demo',
      seedUsers: input.seed_users ?? deps.seedUsers,
      variant: input.seed_variant ?? deps.seedVariant,
    });
    deps.toolLogs.reset({
      seed: input.seed ?? 'demo',
      toolCalls: input.seed_tool_calls ?? deps.toolLogs.seededCount,
    });
    deps.toolFaults.clear();
    faults.clear();
    counters.reset();
    return {};
  });
}
