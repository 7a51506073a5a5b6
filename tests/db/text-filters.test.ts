/** Ledger and audit filters match what a person types: part of a value, in any case, wildcards taken literally. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listAudit } from '@/lib/audit/query';
import { recordAudit } from '@/lib/audit/record';
import { createDb, type DbHandle } from '@/lib/db/client';
import { tokenLedger } from '@/lib/db/schema';
import { listLedger } from '@/lib/tokens/ledger';

// One environment configured the legacy way (it is called `default`): the environment filter needs a default.
vi.stubEnv('SCALEKIT_ENV_URL', 'http://127.0.0.1:9');
vi.stubEnv('SCALEKIT_CLIENT_ID', 'skc_filters');
vi.stubEnv('SCALEKIT_CLIENT_SECRET', 'filters-secret');

let h: DbHandle;
beforeAll(async () => {
  h = await createDb({ dataDir: mkdtempSync(path.join(os.tmpdir(), 'console-text-filters-')) });
  const mint = (operatorEmail: string, identifier: string, configName: string) => ({
    operatorEmail,
    kind: 'mint' as const,
    configId: 'cfg_1',
    configName,
    identifier,
    accessLevel: 'READ_ONLY' as const,
    expirySeconds: 60,
    expiresAt: new Date(Date.now() + 60_000),
    tokenId: `tok_${identifier}`,
  });
  await h.db
    .insert(tokenLedger)
    .values([
      mint('alice@example.com', 'Bob@Example.com', 'email-assistant'),
      mint('carol@example.com', 'dave@example.com', 'sales-agent'),
      mint('carol@example.com', 'eve_1@example.com', 'email-assistant'),
    ]);
  for (const actorEmail of ['support@example.com', 'xsupport@example.com', 'admin@example.com']) {
    await recordAudit(
      {
        actorEmail,
        actorRole: 'support',
        action: 'link.create',
        target: 'cfg_1',
        summary: 's',
        outcome: 'success',
      },
      h,
    );
  }
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await h.close();
});

const ids = async (f: Parameters<typeof listLedger>[0]) =>
  (await listLedger(f, 25, h)).entries.map((e) => e.identifier).sort();

describe('ledger filters', () => {
  it('match part of the operator, identifier and config, ignoring case', async () => {
    expect(await ids({ operator: 'ALICE' })).toEqual(['Bob@Example.com']);
    expect(await ids({ identifier: 'bob@example' })).toEqual(['Bob@Example.com']);
    expect(await ids({ config: 'Email' })).toEqual(['Bob@Example.com', 'eve_1@example.com']);
    expect(await ids({ config: 'nothing-like-this' })).toEqual([]);
  });

  it('take % and _ as the characters typed, not as wildcards', async () => {
    expect(await ids({ identifier: 'e_1' })).toEqual(['eve_1@example.com']);
    expect(await ids({ identifier: '%' })).toEqual([]);
    expect(await ids({ identifier: 'v_' })).toEqual([]);
  });
});

describe('audit filters', () => {
  it('match part of the actor, but the enforced own-entries scope is exact', async () => {
    const actors = async (...a: Parameters<typeof listAudit>) =>
      (await listAudit(...a)).entries.map((e) => e.actorEmail).sort();
    expect(await actors({ actor: 'SUPPORT' }, { handle: h })).toEqual([
      'support@example.com',
      'xsupport@example.com',
    ]);
    expect(await actors({}, { handle: h, onlyActor: 'support@example.com' })).toEqual([
      'support@example.com',
    ]);
    expect(await actors({ actor: 'admin' }, { handle: h, onlyActor: 'support@example.com' })).toEqual([]);
  });

  it('narrow to one environment (rows from before environments count as the default one) or to the console', async () => {
    const fallback = 'default';
    for (const environment of ['production', 'console-only-marker'])
      await recordAudit(
        {
          actorEmail: `${environment}@example.com`,
          actorRole: 'admin',
          action: 'config.update',
          target: 'cfg_2',
          summary: 's',
          outcome: 'success',
          environment: environment === 'production' ? 'production' : null,
        },
        h,
      );
    const actors = async (environment: string) =>
      (await listAudit({ environment }, { handle: h })).entries.map((e) => e.actorEmail);
    expect(await actors('production')).toEqual(['production@example.com']);
    expect(await actors('console')).not.toContain('production@example.com');
    expect(await actors('console')).toContain('console-only-marker@example.com');
    expect(await actors(fallback)).toContain('console-only-marker@example.com');
    expect(await actors(fallback)).not.toContain('production@example.com');
  });
});
