import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

// Runs the real `npm start` entry with a broken configuration: it must stop before starting anything and
// name the variable to fix.
function start(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(SCALEKIT_|AUTH_|EMULATOR_|DATABASE_URL|PORT$)/.test(k)),
  );
  const res = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: ROOT,
    env: {
      ...clean,
      ...env,
      DATA_DIR: path.join(ROOT, '.data', 'start-config-test'),
    } as unknown as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: res.status, output: `${res.stdout}${res.stderr}` };
}

describe('npm start configuration checks', () => {
  it('rejects a port that is not a number, naming PORT', () => {
    const r = start({ PORT: 'abc' });
    expect(r.code).toBe(1);
    expect(r.output).toContain('PORT: "abc" is not a port number');
  });

  it('rejects partial Scalekit credentials, naming the variables', () => {
    const r = start({ SCALEKIT_ENV_URL: 'https://acme.scalekit.dev' });
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/SCALEKIT_ENV_URL.*SCALEKIT_CLIENT_ID.*SCALEKIT_CLIENT_SECRET/);
  });

  it('refuses to start against a real Scalekit without AUTH_SECRET', () => {
    const r = start({
      SCALEKIT_ENV_URL: 'https://acme.scalekit.dev',
      SCALEKIT_CLIENT_ID: 'skc_1',
      SCALEKIT_CLIENT_SECRET: 'skcs_1',
    });
    expect(r.code).toBe(1);
    expect(r.output).toContain('AUTH_SECRET');
    expect(r.output).not.toContain('skcs_1');
  });

  it('names every missing variable of the environments SCALEKIT_ENVIRONMENTS lists, and never a secret', () => {
    const r = start({
      SCALEKIT_ENVIRONMENTS: 'development,production',
      SCALEKIT_DEVELOPMENT_ENV_URL: 'https://acme-dev.scalekit.dev',
      SCALEKIT_DEVELOPMENT_CLIENT_ID: 'skc_dev',
      SCALEKIT_DEVELOPMENT_CLIENT_SECRET: 'skcs_dev_secret_value',
      SCALEKIT_PRODUCTION_ENV_URL: 'https://acme.scalekit.com',
      AUTH_SECRET: 'x'.repeat(32),
    });
    expect(r.code).toBe(1);
    expect(r.output).toContain(
      'SCALEKIT_PRODUCTION_CLIENT_ID: required for the environment "production" (listed in SCALEKIT_ENVIRONMENTS)',
    );
    expect(r.output).toContain(
      'SCALEKIT_PRODUCTION_CLIENT_SECRET: required for the environment "production"',
    );
    expect(r.output).not.toContain('skcs_dev_secret_value');
  });

  it('needs room for the production emulator on the port after EMULATOR_PORT', () => {
    const r = start({ EMULATOR_PORT: '65535' });
    expect(r.code).toBe(1);
    expect(r.output).toContain(
      'EMULATOR_PORT: 65535 leaves no port for production (it uses EMULATOR_PORT + 1)',
    );
  });

  it('rejects a malformed DATABASE_URL', () => {
    const r = start({ DATABASE_URL: 'mysql://x' });
    expect(r.code).toBe(1);
    expect(r.output).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
  });
});
