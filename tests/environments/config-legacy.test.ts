/** Today's three variables keep working: they make one environment. */
import { describe, expect, it } from 'vitest';
import { parseServerEnv } from '@/lib/env-schema';
import { problemsOf, WEBHOOK_SECRET } from './config-problems';

const LEGACY = {
  SCALEKIT_ENV_URL: 'https://acme.scalekit.dev/',
  SCALEKIT_CLIENT_ID: 'skc_1',
  SCALEKIT_CLIENT_SECRET: 'skcs_1',
};

describe('the legacy single environment', () => {
  it('is one environment named "default", not production, the default', () => {
    const env = parseServerEnv({
      ...LEGACY,
      SCALEKIT_WEBHOOK_SECRET: WEBHOOK_SECRET,
      SCALEKIT_TIMEOUT_MS: '700',
    });
    expect(env.environments).toEqual([
      {
        name: 'default',
        production: false,
        envUrl: 'https://acme.scalekit.dev',
        clientId: 'skc_1',
        clientSecret: 'skcs_1',
        backend: 'scalekit',
        timeoutMs: 700,
        webhookSecret: WEBHOOK_SECRET,
        roles: null,
      },
    ]);
    expect(env.defaultEnvironment).toBe('default');
    expect(env.scalekit).toBe(env.environments[0]);
    expect(env.events.webhookSecret).toBe(WEBHOOK_SECRET);
  });

  it('takes its name from SCALEKIT_ENV_NAME and the production flag from SCALEKIT_ENV_PRODUCTION', () => {
    const env = parseServerEnv({ ...LEGACY, SCALEKIT_ENV_NAME: 'production', SCALEKIT_ENV_PRODUCTION: 'on' });
    expect(env.environments[0]).toMatchObject({ name: 'production', production: true });
    expect(env.defaultEnvironment).toBe('production');
    // The flag is explicit here: the name alone does not make the single environment production.
    expect(parseServerEnv({ ...LEGACY, SCALEKIT_ENV_NAME: 'production' }).environments[0].production).toBe(
      false,
    );
  });

  it('names a bad name or flag', () => {
    expect(problemsOf({ ...LEGACY, SCALEKIT_ENV_NAME: 'Prod Env' })).toEqual([
      'SCALEKIT_ENV_NAME: "Prod Env" is not a valid environment name: use 1-40 lower-case letters, digits and hyphens, starting with a letter',
    ]);
    expect(problemsOf({ ...LEGACY, SCALEKIT_ENV_NAME: 'configs' })).toEqual([
      'SCALEKIT_ENV_NAME: "configs" is reserved (the console has its own page at /configs); choose another name',
    ]);
    expect(problemsOf({ ...LEGACY, SCALEKIT_ENV_PRODUCTION: 'maybe' })).toEqual([
      'SCALEKIT_ENV_PRODUCTION: use on or off',
    ]);
  });

  it('keeps its old messages: half the trio, a bad URL', () => {
    expect(problemsOf({ SCALEKIT_ENV_URL: LEGACY.SCALEKIT_ENV_URL })).toEqual([
      'SCALEKIT_ENV_URL: set all three of SCALEKIT_ENV_URL, SCALEKIT_CLIENT_ID and SCALEKIT_CLIENT_SECRET, or none',
    ]);
    expect(problemsOf({ ...LEGACY, SCALEKIT_ENV_URL: 'not a url' })).toEqual([
      'SCALEKIT_ENV_URL: must be a URL such as https://acme.scalekit.dev',
    ]);
  });

  it('is no environment at all when nothing is set (the console shows its setup message)', () => {
    const env = parseServerEnv({});
    expect(env.environments).toEqual([]);
    expect(env.defaultEnvironment).toBeNull();
    expect(env.scalekit).toBeNull();
  });

  it('accepts SCALEKIT_DEFAULT_ENVIRONMENT naming the one environment', () => {
    expect(parseServerEnv({ ...LEGACY, SCALEKIT_DEFAULT_ENVIRONMENT: 'default' }).defaultEnvironment).toBe(
      'default',
    );
  });

  it('refuses a per-environment variable beside the single environment', () => {
    expect(problemsOf({ ...LEGACY, SCALEKIT_DEFAULT_ADMIN_EMAILS: 'a@example.com' })).toEqual([
      'SCALEKIT_DEFAULT_ADMIN_EMAILS: names the environment "default", but SCALEKIT_ENVIRONMENTS does not list it: set SCALEKIT_ENVIRONMENTS (e.g. development,production) or remove this variable',
    ]);
  });
});
