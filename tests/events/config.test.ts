/** The webhook settings: validated, the secret never echoed, and the emulator refusing half a setup. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseServerEnv } from '@/lib/env-schema';
import { newSecret } from './signed';

const problems = (env: Record<string, string>) => {
  try {
    parseServerEnv(env);
    return [];
  } catch (err) {
    return (err as { problems: string[] }).problems;
  }
};

describe('webhook configuration', () => {
  it('accepts a whsec_ secret and defaults retention to 30 days; unset means webhooks are off', () => {
    const secret = newSecret();
    expect(parseServerEnv({ SCALEKIT_WEBHOOK_SECRET: secret }).events).toEqual({
      webhookSecret: secret,
      retentionDays: 30,
    });
    expect(parseServerEnv({ EVENTS_RETENTION_DAYS: '7' }).events).toEqual({
      webhookSecret: undefined,
      retentionDays: 7,
    });
  });

  it('names the variable to fix and never echoes the secret', () => {
    const bad = ['skcs_not-a-webhook-secret', 'whsec_not base64!', 'whsec_c2hvcnQ='];
    for (const value of bad) {
      const p = problems({ SCALEKIT_WEBHOOK_SECRET: value });
      expect(p).toHaveLength(1);
      expect(p[0]).toMatch(/^SCALEKIT_WEBHOOK_SECRET: /);
      expect(p[0]).not.toContain(value);
    }
    expect(problems({ EVENTS_RETENTION_DAYS: '0' })[0]).toMatch(/^EVENTS_RETENTION_DAYS: must be at least 1/);
    expect(problems({ EVENTS_RETENTION_DAYS: 'forever' })[0]).toMatch(/^EVENTS_RETENTION_DAYS: /);
  });

  it('the emulator refuses a webhook URL without a secret, before listening', () => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', path.join('emulator', 'src', 'main.ts')], {
      env: { ...process.env, EMULATOR_PORT: '0', EMULATOR_WEBHOOK_URL: 'http://127.0.0.1:9/hook' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain(
      'Invalid EMULATOR_WEBHOOK_SECRET: required when EMULATOR_WEBHOOK_URL is set',
    );
  });
});
