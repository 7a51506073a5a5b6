/** Several environments from SCALEKIT_ENVIRONMENTS and SCALEKIT_<N>_* variables: every rule, every message. */
import { describe, expect, it } from 'vitest';
import { parseServerEnv } from '@/lib/env-schema';
import { problemsOf, TWO, WEBHOOK_SECRET } from './config-problems';

describe('SCALEKIT_ENVIRONMENTS', () => {
  it('reads each environment in the listed order; the first is the default; production by name', () => {
    const env = parseServerEnv({ ...TWO, SCALEKIT_TIMEOUT_MS: '5000' });
    expect(env.environments).toEqual([
      {
        name: 'development',
        production: false,
        envUrl: 'https://acme-dev.scalekit.dev',
        clientId: 'skc_dev',
        clientSecret: 'skcs_dev_secret',
        backend: 'scalekit',
        timeoutMs: 5000,
        webhookSecret: undefined,
        roles: null,
      },
      {
        name: 'production',
        production: true,
        envUrl: 'https://acme.scalekit.com',
        clientId: 'skc_prod',
        clientSecret: 'skcs_prod_secret',
        backend: 'scalekit',
        timeoutMs: 5000,
        webhookSecret: undefined,
        roles: null,
      },
    ]);
    expect(env.defaultEnvironment).toBe('development');
    // Transitional: existing code keeps working on the default environment.
    expect(env.scalekit?.name).toBe('development');
  });

  it('takes each optional setting per environment, and a hyphenated name as _ in its variables', () => {
    const env = parseServerEnv({
      SCALEKIT_ENVIRONMENTS: ' eu-staging , production ',
      SCALEKIT_DEFAULT_ENVIRONMENT: 'production',
      SCALEKIT_EU_STAGING_ENV_URL: 'https://eu.scalekit.dev',
      SCALEKIT_EU_STAGING_CLIENT_ID: 'skc_eu',
      SCALEKIT_EU_STAGING_CLIENT_SECRET: 'skcs_eu',
      SCALEKIT_EU_STAGING_PRODUCTION: 'on',
      SCALEKIT_EU_STAGING_TIMEOUT_MS: '2500',
      SCALEKIT_EU_STAGING_WEBHOOK_SECRET: WEBHOOK_SECRET,
      SCALEKIT_PRODUCTION_ENV_URL: 'https://acme.scalekit.com',
      SCALEKIT_PRODUCTION_CLIENT_ID: 'skc_prod',
      SCALEKIT_PRODUCTION_CLIENT_SECRET: 'skcs_prod',
      SCALEKIT_PRODUCTION_PRODUCTION: 'off',
      SCALEKIT_PRODUCTION_ADMIN_EMAILS: 'Alice@Example.com',
      SCALEKIT_PRODUCTION_SUPPORT_EMAILS: 'bob@example.com, carol@example.com',
      SCALEKIT_PRODUCTION_ROLE_CLAIM: 'groups',
      MCP_CONSOLE_BACKEND: 'emulator',
    });
    const [eu, prod] = env.environments;
    expect(eu).toMatchObject({ name: 'eu-staging', production: true, timeoutMs: 2500, roles: null });
    expect(eu.webhookSecret).toBe(WEBHOOK_SECRET);
    expect(eu.backend).toBe('emulator');
    expect(prod.production).toBe(false);
    expect(prod.timeoutMs).toBe(10_000);
    expect(prod.roles).toEqual({
      adminEmails: ['alice@example.com'],
      supportEmails: ['bob@example.com', 'carol@example.com'],
      roleClaim: 'groups',
    });
    expect(env.defaultEnvironment).toBe('production');
    expect(env.scalekit?.name).toBe('production');
  });

  it("uses the default environment's webhook secret for the transitional events.webhookSecret", () => {
    const env = parseServerEnv({ ...TWO, SCALEKIT_DEVELOPMENT_WEBHOOK_SECRET: WEBHOOK_SECRET });
    expect(env.events.webhookSecret).toBe(WEBHOOK_SECRET);
    expect(parseServerEnv(TWO).events.webhookSecret).toBeUndefined();
  });

  it('names each missing required variable and the environment it is for', () => {
    const { SCALEKIT_PRODUCTION_CLIENT_SECRET: _s, SCALEKIT_DEVELOPMENT_ENV_URL: _u, ...rest } = TWO;
    expect(problemsOf(rest)).toEqual([
      'SCALEKIT_DEVELOPMENT_ENV_URL: required for the environment "development" (listed in SCALEKIT_ENVIRONMENTS)',
      'SCALEKIT_PRODUCTION_CLIENT_SECRET: required for the environment "production" (listed in SCALEKIT_ENVIRONMENTS)',
    ]);
  });

  it('treats an empty variable as unset', () => {
    expect(problemsOf({ ...TWO, SCALEKIT_PRODUCTION_CLIENT_ID: '  ' })).toEqual([
      'SCALEKIT_PRODUCTION_CLIENT_ID: required for the environment "production" (listed in SCALEKIT_ENVIRONMENTS)',
    ]);
  });

  it('names each bad value, and never echoes a secret', () => {
    const p = problemsOf({
      ...TWO,
      SCALEKIT_DEVELOPMENT_ENV_URL: 'acme-dev.scalekit.dev',
      SCALEKIT_DEVELOPMENT_PRODUCTION: 'yes',
      SCALEKIT_DEVELOPMENT_TIMEOUT_MS: '50',
      SCALEKIT_DEVELOPMENT_WEBHOOK_SECRET: 'skcs_wrong_kind_of_secret',
      SCALEKIT_PRODUCTION_TIMEOUT_MS: 'soon',
      SCALEKIT_PRODUCTION_ADMIN_EMAILS: 'alice@example.com,bob',
      SCALEKIT_PRODUCTION_ROLE_CLAIM: ' ',
    });
    expect(p).toEqual([
      'SCALEKIT_DEVELOPMENT_ENV_URL: must be a URL such as https://acme.scalekit.dev',
      'SCALEKIT_DEVELOPMENT_PRODUCTION: use on or off',
      'SCALEKIT_DEVELOPMENT_WEBHOOK_SECRET: must be whsec_ followed by base64, as Scalekit shows it',
      'SCALEKIT_DEVELOPMENT_TIMEOUT_MS: must be at least 100 (milliseconds)',
      'SCALEKIT_PRODUCTION_TIMEOUT_MS: must be a number of milliseconds',
      'SCALEKIT_PRODUCTION_ADMIN_EMAILS: "bob" is not an email address (separate addresses with commas)',
    ]);
    expect(p.join('\n')).not.toContain('skcs_wrong_kind_of_secret');
  });

  it('refuses a URL that is not http(s)', () => {
    expect(problemsOf({ ...TWO, SCALEKIT_PRODUCTION_ENV_URL: 'ftp://acme.scalekit.com' })).toEqual([
      'SCALEKIT_PRODUCTION_ENV_URL: must be a URL such as https://acme.scalekit.dev',
    ]);
  });

  it('refuses an empty list, a bad name, a reserved name and a name listed twice', () => {
    expect(problemsOf({ SCALEKIT_ENVIRONMENTS: ' , ' })).toEqual([
      'SCALEKIT_ENVIRONMENTS: list at least one environment name, comma-separated',
    ]);
    expect(problemsOf({ ...TWO, SCALEKIT_ENVIRONMENTS: 'development,Production' })).toEqual([
      'SCALEKIT_ENVIRONMENTS: "Production" is not a valid environment name: use 1-40 lower-case letters, digits and hyphens, starting with a letter',
    ]);
    expect(problemsOf({ ...TWO, SCALEKIT_ENVIRONMENTS: 'development,production,api' })).toEqual([
      'SCALEKIT_ENVIRONMENTS: "api" is reserved (the console has its own page at /api); choose another name',
    ]);
    expect(problemsOf({ ...TWO, SCALEKIT_ENVIRONMENTS: 'development,production,development' })).toEqual([
      'SCALEKIT_ENVIRONMENTS: "development" is listed twice',
    ]);
  });

  it('refuses a default that is not configured', () => {
    expect(problemsOf({ ...TWO, SCALEKIT_DEFAULT_ENVIRONMENT: 'staging' })).toEqual([
      'SCALEKIT_DEFAULT_ENVIRONMENT: "staging" is not one of the configured environments (development, production)',
    ]);
    expect(problemsOf({ SCALEKIT_DEFAULT_ENVIRONMENT: 'staging' })).toEqual([
      'SCALEKIT_DEFAULT_ENVIRONMENT: "staging" names an environment, but none is configured',
    ]);
  });

  it('refuses a variable of an environment that is not listed (a typo would otherwise do nothing)', () => {
    expect(problemsOf({ ...TWO, SCALEKIT_PRODUCTON_ADMIN_EMAILS: 'alice@example.com' })).toEqual([
      'SCALEKIT_PRODUCTON_ADMIN_EMAILS: names the environment "producton", which SCALEKIT_ENVIRONMENTS (development, production) does not list: add it there or remove this variable',
    ]);
    expect(problemsOf({ SCALEKIT_STAGING_ENV_URL: 'https://x.scalekit.dev' })).toEqual([
      'SCALEKIT_STAGING_ENV_URL: names the environment "staging", but SCALEKIT_ENVIRONMENTS does not list it: set SCALEKIT_ENVIRONMENTS (e.g. development,production) or remove this variable',
    ]);
  });

  it('refuses single-environment variables beside SCALEKIT_ENVIRONMENTS, saying what to set instead', () => {
    const p = problemsOf({
      ...TWO,
      SCALEKIT_ENV_URL: 'https://acme.scalekit.dev',
      SCALEKIT_WEBHOOK_SECRET: WEBHOOK_SECRET,
      SCALEKIT_ENV_PRODUCTION: 'on',
    });
    expect(p).toEqual([
      'SCALEKIT_ENV_URL: describes a single environment and cannot be combined with SCALEKIT_ENVIRONMENTS: remove it and set SCALEKIT_<NAME>_ENV_URL for each environment',
      'SCALEKIT_ENV_PRODUCTION: describes a single environment and cannot be combined with SCALEKIT_ENVIRONMENTS: remove it and set SCALEKIT_<NAME>_PRODUCTION for each environment',
      'SCALEKIT_WEBHOOK_SECRET: describes a single environment and cannot be combined with SCALEKIT_ENVIRONMENTS: remove it and set SCALEKIT_<NAME>_WEBHOOK_SECRET for each environment',
    ]);
  });

  it('reports every problem of a start-up at once', () => {
    const p = problemsOf({ SCALEKIT_ENVIRONMENTS: 'development,production', DATABASE_URL: 'mysql://x' });
    expect(p).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
    expect(p.filter((x) => x.includes('required for the environment'))).toHaveLength(6);
  });
});
