import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listAudit } from '@/lib/audit/query';
import { runAsUser } from '@/lib/auth/test-user';
import { ScalekitError } from '@/lib/scalekit/errors';
import { ActionError } from '@/lib/errors/action-error';
import { defineAction } from './define-action';

const admin = { email: 'admin@example.com', name: 'Admin', role: 'admin' as const };
const support = { email: 'support@example.com', name: 'Support', role: 'support' as const };

beforeAll(async () => {
  process.env.DATA_DIR = mkdtempSync(path.join(os.tmpdir(), 'action-test-'));
  // One environment to act in (the handlers here never call it).
  Object.assign(process.env, {
    SCALEKIT_ENV_URL: 'http://127.0.0.1:9',
    SCALEKIT_CLIENT_ID: 'skc_test',
    SCALEKIT_CLIENT_SECRET: 'skcs_test',
  });
  await (await import('@/lib/db/client')).getDb(); // boot the database under the hook's timeout
});

const renameThing = defineAction({
  name: 'thing.rename',
  permission: 'configs:write',
  input: z.object({
    id: z.string().min(1, 'Pick a thing'),
    name: z.string().regex(/^[a-z]+$/, 'Use lowercase letters'),
  }),
  audit: (input) => ({ target: input.id, summary: `Renamed to ${input.name}` }),
  handler: async (input) => {
    if (input.name === 'upstream')
      throw new ScalekitError('name is taken', 409, 'conflict', 'req', [
        { field: 'name', description: 'taken' },
      ]);
    if (input.name === 'refused') throw new ActionError('That name is reserved');
    if (input.name === 'boom') throw new Error('database password is hunter2');
    return { id: input.id, name: input.name };
  },
});

describe('defineAction', () => {
  it('refuses signed-out callers without touching the handler', async () => {
    expect(await runAsUser(null, () => renameThing({ id: 'a', name: 'b' }))).toEqual({
      ok: false,
      error: 'Sign in to continue',
    });
  });

  it('refuses a role without the permission and audits the attempt as denied', async () => {
    const r = await runAsUser(support, () => renameThing({ id: 't1', name: 'x' }));
    expect(r).toEqual({ ok: false, error: 'Your role (support) cannot do this (thing.rename)' });
    const { entries } = await listAudit({ actor: support.email, action: 'thing.rename' });
    expect(entries[0]).toMatchObject({ outcome: 'denied', actorRole: 'support' });
  });

  it('returns field errors for bad input', async () => {
    const r = await runAsUser(admin, () => renameThing({ id: '', name: 'X1' }));
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { id: ['Pick a thing'], name: ['Use lowercase letters'] },
    });
  });

  it('runs the handler, returns data and audits success', async () => {
    const r = await runAsUser(admin, () => renameThing({ id: 't2', name: 'fresh' }));
    expect(r).toEqual({ ok: true, data: { id: 't2', name: 'fresh' } });
    const { entries } = await listAudit({ target: 't2' });
    expect(entries[0]).toMatchObject({
      outcome: 'success',
      summary: 'Renamed to fresh',
      actorEmail: admin.email,
    });
  });

  it('maps ScalekitError and ActionError to messages, and hides unexpected errors behind a reference', async () => {
    expect(await runAsUser(admin, () => renameThing({ id: 't3', name: 'upstream' }))).toEqual({
      ok: false,
      error: 'name is taken',
      fieldErrors: { name: ['taken'] },
    });
    expect(await runAsUser(admin, () => renameThing({ id: 't3', name: 'refused' }))).toMatchObject({
      error: 'That name is reserved',
    });
    const boom = await runAsUser(admin, () => renameThing({ id: 't3', name: 'boom' }));
    expect(boom.ok).toBe(false);
    expect(JSON.stringify(boom)).not.toContain('hunter2');
    expect(JSON.stringify(boom)).toMatch(/reference [0-9a-f]{8}/);
    const { entries } = await listAudit({ target: 't3' });
    expect(entries.map((e) => e.outcome)).toEqual(['failure', 'failure', 'failure']);
    expect(JSON.stringify(entries)).not.toContain('hunter2');
  });
});
