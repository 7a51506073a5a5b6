/**
 * The embedded default's two environments: `development` on EMULATOR_PORT and `production` on the next port,
 * each an emulator process with its own state, API credentials, webhook secret and seed (production's differs on
 * purpose: emulator/src/store/seed-variants.ts), and the variables that point the console at both. Shared by
 * `npm start` / `npm run dev` (scripts/start.ts) and the e2e server (scripts/e2e-server.ts).
 */
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { DEMO_ACCOUNTS, parseConsoleUsers } from '../../lib/auth/local-accounts';
import type { Role } from '../../lib/auth/roles';

type Env = Record<string, string | undefined>;

export type EmbeddedName = 'development' | 'production';

export interface EmbeddedEnvironment {
  name: EmbeddedName;
  port: number;
  url: string;
  dataDir: string;
  clientId: string;
  clientSecret: string;
  webhookSecret: string;
  /** Where the emulator sends this environment's webhooks (the console's receiver for it). */
  webhookUrl: string;
}

export const EMBEDDED_NAMES: readonly EmbeddedName[] = ['development', 'production'];

/** development on the base port, production on the next one. */
export const portOf = (name: EmbeddedName, basePort: number) => basePort + EMBEDDED_NAMES.indexOf(name);

/** Demo API credentials, one pair per environment (emulator only; printed by `npm run emulator`). */
export const DEMO_CREDENTIALS: Record<EmbeddedName, { clientId: string; clientSecret: string }> = {
  development: { clientId: 'skc_emulator_demo', clientSecret: 'skcs_emulator_demo_secret' },
  production: { clientId: 'skc_emulator_production', clientSecret: 'skcs_emulator_production_secret' },
};

/**
 * Each environment's webhook receiver. The default environment (development) keeps today's address, which
 * stays its alias; production has its own, with its own secret.
 */
export const webhookPathOf = (name: EmbeddedName) =>
  name === 'development' ? '/api/webhooks/scalekit' : `/api/webhooks/scalekit/${name}`;

/** The demo person who is admin in development and support in production. */
export const OPS_EMAIL = 'ops@example.com';

const csv = (v: string | undefined) =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);

/**
 * Production's own role mapping in the embedded default. An environment with its own mapping is decided by it
 * alone, so it lists everyone who has a role elsewhere (demo accounts, CONSOLE_USERS, ADMIN_EMAILS /
 * SUPPORT_EMAILS, the same role claim) with the same role, except ops@example.com, who is support here.
 */
export function productionRoles(source: Env): Record<string, string> {
  const roles = new Map<string, Role>();
  for (const u of parseConsoleUsers(source.CONSOLE_USERS)) roles.set(u.email, u.role);
  for (const d of DEMO_ACCOUNTS) roles.set(d.email, d.email === OPS_EMAIL ? 'support' : d.role);
  for (const e of csv(source.SUPPORT_EMAILS)) roles.set(e, 'support');
  for (const e of csv(source.ADMIN_EMAILS)) roles.set(e, 'admin'); // admin wins, as everywhere
  const listed = (role: Role) => [...roles].filter(([, r]) => r === role).map(([e]) => e);
  const vars: Record<string, string> = {
    SCALEKIT_PRODUCTION_ADMIN_EMAILS: listed('admin').join(','),
    SCALEKIT_PRODUCTION_SUPPORT_EMAILS: listed('support').join(','),
  };
  if (source.AUTH_ROLE_CLAIM) vars.SCALEKIT_PRODUCTION_ROLE_CLAIM = source.AUTH_ROLE_CLAIM;
  return vars;
}

/**
 * What the console is started with: both environments, development the default, and production's own roles
 * unless the operator set production's mapping. The single-environment variables are removed (undefined drops
 * them from the child's environment): beside SCALEKIT_ENVIRONMENTS they would be refused.
 */
export function consoleVariables(envs: EmbeddedEnvironment[], source: Env): Env {
  const vars: Env = {
    SCALEKIT_ENV_URL: undefined,
    SCALEKIT_CLIENT_ID: undefined,
    SCALEKIT_CLIENT_SECRET: undefined,
    SCALEKIT_WEBHOOK_SECRET: undefined,
    SCALEKIT_ENVIRONMENTS: envs.map((e) => e.name).join(','),
    MCP_CONSOLE_BACKEND: 'emulator',
  };
  for (const e of envs) {
    const p = `SCALEKIT_${e.name.toUpperCase()}_`;
    Object.assign(vars, {
      [`${p}ENV_URL`]: e.url,
      [`${p}CLIENT_ID`]: e.clientId,
      [`${p}CLIENT_SECRET`]: e.clientSecret,
      [`${p}WEBHOOK_SECRET`]: e.webhookSecret,
    });
  }
  const ownMapping = ['ADMIN_EMAILS', 'SUPPORT_EMAILS', 'ROLE_CLAIM'].some(
    (s) => source[`SCALEKIT_PRODUCTION_${s}`],
  );
  if (envs.some((e) => e.name === 'production') && !ownMapping) Object.assign(vars, productionRoles(source));
  return vars;
}

/** One environment's emulator process. */
export function emulatorVariables(e: EmbeddedEnvironment, extra: Env = {}): Env {
  return {
    EMULATOR_PORT: String(e.port),
    EMULATOR_HOST: '127.0.0.1',
    EMULATOR_DATA_DIR: e.dataDir,
    EMULATOR_CLIENT_ID: e.clientId,
    EMULATOR_CLIENT_SECRET: e.clientSecret,
    EMULATOR_SEED_VARIANT: e.name,
    EMULATOR_WEBHOOK_URL: e.webhookUrl,
    EMULATOR_WEBHOOK_SECRET: e.webhookSecret,
    ...extra,
  };
}

/**
 * Before there were two, the one emulator kept its state in `<data>/emulator`: that is development's now.
 * Moved once (a rename), so an upgrade keeps every config and account; returns what it did, for the console.
 */
export function adoptLegacyEmulatorState(dataDir: string): string | null {
  const legacy = path.join(dataDir, 'emulator');
  const development = path.join(dataDir, 'emulator-development');
  if (!existsSync(legacy) || existsSync(development)) return null;
  renameSync(legacy, development);
  return `Moved ${legacy} to ${development}: the emulator's state is the development environment's now.`;
}
