/** SCALEKIT_ENVIRONMENTS_FILE: environments in a JSON file that names, never holds, the secrets' variables. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseServerEnv } from '@/lib/env-schema';
import { problemsOf, WEBHOOK_SECRET } from './config-problems';

const dir = mkdtempSync(path.join(os.tmpdir(), 'envs-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileWith(content: unknown, name = 'environments.json'): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

const DEV = {
  name: 'development',
  url: 'https://acme-dev.scalekit.dev',
  client_id: 'skc_dev',
  client_secret_env: 'SK_DEV_SECRET',
};
const PROD = {
  name: 'production',
  url: 'https://acme.scalekit.com/',
  client_id: 'skc_prod',
  client_secret_env: 'SK_PROD_SECRET',
  webhook_secret_env: 'SK_PROD_WEBHOOK',
  timeout_ms: 4000,
  roles: { admin_emails: ['Alice@example.com'], support_emails: ['bob@example.com'], role_claim: 'groups' },
};
const SECRETS = { SK_DEV_SECRET: 'skcs_dev', SK_PROD_SECRET: 'skcs_prod', SK_PROD_WEBHOOK: WEBHOOK_SECRET };

describe('SCALEKIT_ENVIRONMENTS_FILE', () => {
  it('reads the environments in order, with the secrets from the variables the file names', () => {
    const file = fileWith({ environments: [DEV, PROD] });
    const env = parseServerEnv({ SCALEKIT_ENVIRONMENTS_FILE: file, ...SECRETS });
    expect(env.environments).toEqual([
      {
        name: 'development',
        production: false,
        envUrl: 'https://acme-dev.scalekit.dev',
        clientId: 'skc_dev',
        clientSecret: 'skcs_dev',
        backend: 'scalekit',
        timeoutMs: 10_000,
        webhookSecret: undefined,
        roles: null,
      },
      {
        name: 'production',
        production: true,
        envUrl: 'https://acme.scalekit.com',
        clientId: 'skc_prod',
        clientSecret: 'skcs_prod',
        backend: 'scalekit',
        timeoutMs: 4000,
        webhookSecret: WEBHOOK_SECRET,
        roles: {
          adminEmails: ['alice@example.com'],
          supportEmails: ['bob@example.com'],
          roleClaim: 'groups',
        },
      },
    ]);
    expect(env.defaultEnvironment).toBe('development');
  });

  it('also reads a bare array, an explicit production flag, and SCALEKIT_DEFAULT_ENVIRONMENT', () => {
    const file = fileWith([{ ...DEV, production: true }, PROD], 'bare.json');
    const env = parseServerEnv({
      SCALEKIT_ENVIRONMENTS_FILE: file,
      SCALEKIT_DEFAULT_ENVIRONMENT: 'production',
      ...SECRETS,
    });
    expect(env.environments.map((e) => [e.name, e.production])).toEqual([
      ['development', true],
      ['production', true],
    ]);
    expect(env.defaultEnvironment).toBe('production');
  });

  it('resolves a relative path from the working directory, through the reader it is given', () => {
    const seen: string[] = [];
    const env = parseServerEnv(
      { SCALEKIT_ENVIRONMENTS_FILE: 'config/environments.json', ...SECRETS },
      { readFile: (p) => (seen.push(p), JSON.stringify([DEV])) },
    );
    expect(seen).toEqual([path.resolve('config/environments.json')]);
    expect(env.environments.map((e) => e.name)).toEqual(['development']);
  });

  it('names a missing or unreadable file, and a file that is not JSON', () => {
    const missing = path.join(dir, 'nope.json');
    expect(problemsOf({ SCALEKIT_ENVIRONMENTS_FILE: missing })).toEqual([
      `SCALEKIT_ENVIRONMENTS_FILE: cannot read ${missing} (no such file)`,
    ]);
    const bad = fileWith('{ "environments": [', 'bad.json');
    const p = problemsOf({ SCALEKIT_ENVIRONMENTS_FILE: bad });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(new RegExp(`^SCALEKIT_ENVIRONMENTS_FILE \\(${bad}\\): is not valid JSON \\(`));
  });

  it('names the field to fix inside the file', () => {
    const cases: [unknown, string][] = [
      [{ environments: [] }, 'environments list at least one environment'],
      [
        { environments: [{ ...DEV, url: 'acme' }] },
        'environments[0].url must be a URL such as https://acme.scalekit.dev',
      ],
      [{ environments: [DEV, { ...PROD, client_id: '' }] }, 'environments[1].client_id is required'],
      [
        { environments: [{ ...DEV, client_secret_env: 'not a name' }] },
        'environments[0].client_secret_env must be the name of an environment variable',
      ],
      [{ environments: [{ ...DEV, production: 'yes' }] }, 'environments[0].production must be true or false'],
      [
        { environments: [{ ...DEV, timeout_ms: 5 }] },
        'environments[0].timeout_ms must be at least 100 (milliseconds)',
      ],
      [
        { environments: [{ ...DEV, roles: { admin_emails: ['bob'] } }] },
        'environments[0].roles.admin_emails[0] is not an email address',
      ],
      [{ environments: [{ ...DEV, colour: 'red' }] }, 'environments[0] Unrecognized key: "colour"'],
    ];
    for (const [content, message] of cases) {
      const file = fileWith(content, 'fields.json');
      expect(problemsOf({ SCALEKIT_ENVIRONMENTS_FILE: file, ...SECRETS })).toEqual([
        `SCALEKIT_ENVIRONMENTS_FILE (${file}): ${message}`,
      ]);
    }
  });

  it('refuses a secret written into the file, saying where it goes instead, without echoing it', () => {
    const file = fileWith({ environments: [{ ...DEV, client_secret: 'skcs_in_the_file' }] }, 'secret.json');
    const p = problemsOf({ SCALEKIT_ENVIRONMENTS_FILE: file, ...SECRETS });
    expect(p).toEqual([
      `SCALEKIT_ENVIRONMENTS_FILE (${file}): environments[0].client_secret secrets never go in the file: put the value in a variable and name that variable in client_secret_env`,
    ]);
    expect(p[0]).not.toContain('skcs_in_the_file');
  });

  it('names a bad, reserved or repeated environment name', () => {
    const file = fileWith(
      { environments: [{ ...DEV, name: 'Dev' }, { ...PROD, name: 'audit' }, DEV, DEV] },
      'names.json',
    );
    expect(problemsOf({ SCALEKIT_ENVIRONMENTS_FILE: file, ...SECRETS })).toEqual([
      `SCALEKIT_ENVIRONMENTS_FILE (${file}): environments[0].name: "Dev" is not a valid environment name: use 1-40 lower-case letters, digits and hyphens, starting with a letter`,
      `SCALEKIT_ENVIRONMENTS_FILE (${file}): environments[1].name: "audit" is reserved (the console has its own page at /audit); choose another name`,
      `SCALEKIT_ENVIRONMENTS_FILE (${file}): environments[3].name: "development" is listed twice`,
    ]);
  });

  it('names a secret variable that is unset or wrong, never its value', () => {
    const file = fileWith({ environments: [DEV, PROD] }, 'vars.json');
    expect(
      problemsOf({ SCALEKIT_ENVIRONMENTS_FILE: file, SK_PROD_SECRET: 'x', SK_PROD_WEBHOOK: 'skcs_oops' }),
    ).toEqual([
      'SK_DEV_SECRET: is not set (SCALEKIT_ENVIRONMENTS_FILE names it as client_secret_env of "development")',
      'SK_PROD_WEBHOOK: must be whsec_ followed by base64, as Scalekit shows it',
    ]);
    expect(problemsOf({ SCALEKIT_ENVIRONMENTS_FILE: file, SK_DEV_SECRET: 'x', SK_PROD_SECRET: 'y' })).toEqual(
      [
        'SK_PROD_WEBHOOK: is not set (SCALEKIT_ENVIRONMENTS_FILE names it as webhook_secret_env of "production")',
      ],
    );
  });

  it('refuses being combined with SCALEKIT_ENVIRONMENTS or the single-environment variables', () => {
    const file = fileWith({ environments: [DEV] }, 'both.json');
    expect(
      problemsOf({ SCALEKIT_ENVIRONMENTS_FILE: file, SCALEKIT_ENVIRONMENTS: 'development', ...SECRETS }),
    ).toContain(
      'SCALEKIT_ENVIRONMENTS_FILE: set either SCALEKIT_ENVIRONMENTS_FILE or SCALEKIT_ENVIRONMENTS, not both',
    );
    expect(
      problemsOf({ SCALEKIT_ENVIRONMENTS_FILE: file, SCALEKIT_CLIENT_SECRET: 'skcs_1', ...SECRETS }),
    ).toEqual([
      "SCALEKIT_CLIENT_SECRET: describes a single environment and cannot be combined with SCALEKIT_ENVIRONMENTS_FILE: remove it and set each environment's client_secret_env in the file (the name of the variable holding it)",
    ]);
  });

  it('refuses SCALEKIT_<N>_* variables beside the file, except the ones the file names', () => {
    const file = fileWith(
      { environments: [{ ...DEV, client_secret_env: 'SCALEKIT_DEVELOPMENT_CLIENT_SECRET' }] },
      'stray.json',
    );
    expect(
      problemsOf({
        SCALEKIT_ENVIRONMENTS_FILE: file,
        SCALEKIT_DEVELOPMENT_CLIENT_SECRET: 'skcs_dev',
        SCALEKIT_DEVELOPMENT_ENV_URL: 'https://elsewhere.scalekit.dev',
      }),
    ).toEqual([
      'SCALEKIT_DEVELOPMENT_ENV_URL: environments come from SCALEKIT_ENVIRONMENTS_FILE: set this in the file, or remove it',
    ]);
  });
});
