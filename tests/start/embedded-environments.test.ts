/**
 * The embedded default's two environments (scripts/lib/emulator-environments.ts): what the console and each
 * emulator are started with, the demo ops account's two roles, and the upgrade of an existing emulator state.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseServerEnv } from '@/lib/env-schema';
import { roleIn } from '@/lib/environments/roles';
import {
  adoptLegacyEmulatorState,
  consoleVariables,
  DEMO_CREDENTIALS,
  emulatorVariables,
  portOf,
  webhookPathOf,
  type EmbeddedEnvironment,
} from '../../scripts/lib/emulator-environments';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'embedded-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const secret = (n: number) => `whsec_${Buffer.alloc(24, n).toString('base64')}`;
const ENVS: EmbeddedEnvironment[] = (['development', 'production'] as const).map((name, i) => ({
  name,
  port: portOf(name, 4510),
  url: `http://127.0.0.1:${portOf(name, 4510)}`,
  dataDir: path.join(tmp, `emulator-${name}`),
  ...DEMO_CREDENTIALS[name],
  webhookSecret: secret(i + 1),
  webhookUrl: `http://127.0.0.1:3500${webhookPathOf(name)}`,
}));

const consoleEnv = (source: Record<string, string> = {}) =>
  parseServerEnv({ ...source, ...consoleVariables(ENVS, source), AUTH_SECRET: 'x'.repeat(32) });
const who = (email: string, localRole: 'admin' | 'support' | null = null) => ({
  email,
  name: email,
  localRole,
  claims: {},
});

describe('the embedded default', () => {
  it('points the console at both emulators, development the default, each with its own credentials and secret', () => {
    expect(ENVS.map((e) => e.port)).toEqual([4510, 4511]);
    const env = consoleEnv();
    expect(env.environments.map((e) => [e.name, e.production, e.envUrl, e.clientId, e.backend])).toEqual([
      ['development', false, 'http://127.0.0.1:4510', 'skc_emulator_demo', 'emulator'],
      ['production', true, 'http://127.0.0.1:4511', 'skc_emulator_production', 'emulator'],
    ]);
    expect(env.environments.map((e) => e.webhookSecret)).toEqual([secret(1), secret(2)]);
    expect(env.defaultEnvironment).toBe('development');
    expect(env.scalekit?.name).toBe('development'); // what today's pages use until they pick an environment
    expect(env.events.webhookSecret).toBe(secret(1)); // today's /api/webhooks/scalekit is development's
  });

  it('drops the single-environment variables an operator left set, which would clash', () => {
    const vars = consoleVariables(ENVS, { SCALEKIT_WEBHOOK_SECRET: secret(9) });
    expect(vars.SCALEKIT_WEBHOOK_SECRET).toBeUndefined();
    expect('SCALEKIT_WEBHOOK_SECRET' in vars).toBe(true); // present as undefined: removed from the child
    expect(() => consoleEnv({ SCALEKIT_WEBHOOK_SECRET: secret(9) })).not.toThrow();
  });

  it('makes ops admin in development and support in production; the other demo accounts keep their role', () => {
    const env = consoleEnv();
    const ops = who('ops@example.com', 'admin');
    expect([roleIn(ops, 'development', env), roleIn(ops, 'production', env)]).toEqual(['admin', 'support']);
    const admin = who('admin@example.com', 'admin');
    expect([roleIn(admin, 'development', env), roleIn(admin, 'production', env)]).toEqual(['admin', 'admin']);
    const support = who('support@example.com', 'support');
    expect([roleIn(support, 'development', env), roleIn(support, 'production', env)]).toEqual([
      'support',
      'support',
    ]);
  });

  it("keeps the operator's own accounts and lists in production, and leaves an explicit production mapping alone", () => {
    const source = {
      CONSOLE_USERS: 'zoe@example.com:admin:pw,yan@example.com:support:pw',
      ADMIN_EMAILS: 'xia@example.com',
      SUPPORT_EMAILS: 'wes@example.com',
      AUTH_ROLE_CLAIM: 'groups',
    };
    const env = consoleEnv(source);
    expect(roleIn(who('zoe@example.com', 'admin'), 'production', env)).toBe('admin');
    expect(roleIn(who('yan@example.com', 'support'), 'production', env)).toBe('support');
    expect(roleIn(who('xia@example.com'), 'production', env)).toBe('admin');
    expect(roleIn(who('wes@example.com'), 'production', env)).toBe('support');
    expect(roleIn({ ...who('sso@example.com'), claims: { groups: ['admin'] } }, 'production', env)).toBe(
      'admin',
    );
    const own = consoleVariables(ENVS, { SCALEKIT_PRODUCTION_ADMIN_EMAILS: 'boss@example.com' });
    expect(own.SCALEKIT_PRODUCTION_ADMIN_EMAILS).toBeUndefined(); // the operator's own value passes through
    expect(own.SCALEKIT_PRODUCTION_SUPPORT_EMAILS).toBeUndefined();
  });

  it('starts each emulator on its port, with its state, credentials, seed and webhook receiver', () => {
    expect(emulatorVariables(ENVS[1], { EMULATOR_CONTROLS: '1' })).toEqual({
      EMULATOR_PORT: '4511',
      EMULATOR_HOST: '127.0.0.1',
      EMULATOR_DATA_DIR: path.join(tmp, 'emulator-production'),
      EMULATOR_CLIENT_ID: 'skc_emulator_production',
      EMULATOR_CLIENT_SECRET: 'skcs_emulator_production_secret',
      EMULATOR_SEED_VARIANT: 'production',
      EMULATOR_WEBHOOK_URL: 'http://127.0.0.1:3500/api/webhooks/scalekit/production',
      EMULATOR_WEBHOOK_SECRET: secret(2),
      EMULATOR_CONTROLS: '1',
    });
    expect(emulatorVariables(ENVS[0]).EMULATOR_WEBHOOK_URL).toBe(
      'http://127.0.0.1:3500/api/webhooks/scalekit',
    );
  });

  it("adopts an existing single emulator's state as development's, once", () => {
    const data = path.join(tmp, 'upgrade');
    mkdirSync(path.join(data, 'emulator'), { recursive: true });
    writeFileSync(path.join(data, 'emulator', 'emulator-state.json'), '{"mine":true}');
    expect(adoptLegacyEmulatorState(data)).toMatch(/^Moved .*emulator to .*emulator-development/);
    expect(readFileSync(path.join(data, 'emulator-development', 'emulator-state.json'), 'utf8')).toBe(
      '{"mine":true}',
    );
    expect(existsSync(path.join(data, 'emulator'))).toBe(false);
    // Nothing to adopt, or development already has state: nothing moves.
    expect(adoptLegacyEmulatorState(data)).toBeNull();
    mkdirSync(path.join(data, 'emulator'));
    expect(adoptLegacyEmulatorState(data)).toBeNull();
    expect(existsSync(path.join(data, 'emulator'))).toBe(true);
  });
});
