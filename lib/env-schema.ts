import { z } from 'zod';
import { csv, onOff, percentThreshold, scalekitUrl, timeoutMs, webhookSecret } from './env-fields';
import { parseEnvironments, type EnvironmentSettings, type ParseOptions } from './env-environments';

export type { EnvironmentRoleMapping, EnvironmentSettings, ParseOptions } from './env-environments';

/**
 * Configuration schema for the console, shared by the server (lib/env.ts) and scripts/start.ts, which
 * validates it before starting anything. Every problem names the variable to fix. The Scalekit environments
 * (one, or several) are read by lib/env-environments.ts.
 */

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    SCALEKIT_ENV_URL: scalekitUrl.optional(),
    SCALEKIT_CLIENT_ID: z.string().min(1).optional(),
    SCALEKIT_CLIENT_SECRET: z.string().min(1).optional(),
    MCP_CONSOLE_BACKEND: z.enum(['emulator', 'scalekit']).optional(),
    SCALEKIT_TIMEOUT_MS: timeoutMs.default(10_000),
    SCALEKIT_ENVIRONMENTS: z.string().optional(),
    SCALEKIT_ENVIRONMENTS_FILE: z.string().optional(),
    AUTH_SECRET: z
      .string()
      .min(16, { message: 'must be at least 16 characters (openssl rand -base64 32)' })
      .optional(),
    AUTH_URL: z.url().optional(),
    CONSOLE_PUBLIC_URL: z.url().optional(),
    AUTH_OIDC_ISSUER: z.url().optional(),
    AUTH_OIDC_CLIENT_ID: z.string().min(1).optional(),
    AUTH_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    AUTH_OIDC_NAME: z.string().min(1).default('Single sign-on'),
    // Some providers (Okta, for one) send a groups claim only for its own scope: the role claim needs it asked for.
    AUTH_OIDC_SCOPES: z
      .string()
      .trim()
      .regex(/^[\w:./-]+( +[\w:./-]+)*$/, {
        message: 'space-separated scope names, e.g. "openid profile email groups"',
      })
      .refine((s) => s.split(/ +/).includes('openid'), { message: 'must include openid' })
      .default('openid profile email'),
    ADMIN_EMAILS: csv,
    SUPPORT_EMAILS: csv,
    AUTH_ROLE_CLAIM: z.string().min(1).optional(),
    AUTH_CREDENTIALS: onOff,
    CONSOLE_USERS: z.string().optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    DATA_DIR: z.string().min(1).default('.data'),
    SCALEKIT_WEBHOOK_SECRET: webhookSecret.optional(),
    // How many reverse proxies in front of the console append to X-Forwarded-For. 0: no proxy is trusted, the
    // client is the socket's peer and X-Forwarded-For (which anyone can write) is ignored.
    TRUSTED_PROXY_HOPS: z.coerce
      .number({ message: 'must be a whole number of proxies (0 when clients connect directly)' })
      .int({ message: 'must be a whole number of proxies (0 when clients connect directly)' })
      .min(0, { message: 'must be 0 or more' })
      .max(10, { message: 'must be at most 10' })
      .default(0),
    EVENTS_RETENTION_DAYS: z.coerce
      .number({ message: 'must be a number of days' })
      .int()
      .min(1, { message: 'must be at least 1 day' })
      .max(3650, { message: 'must be at most 3650 days' })
      .default(30),
    // The home page's headline: below these an environment is "degraded" (lib/home/headline.ts).
    HOME_SUCCESS_RATE_THRESHOLD: percentThreshold.default(95),
    HOME_READY_THRESHOLD: percentThreshold.default(90),
  })
  .superRefine((env, ctx) => {
    const sk = [env.SCALEKIT_ENV_URL, env.SCALEKIT_CLIENT_ID, env.SCALEKIT_CLIENT_SECRET];
    // Beside SCALEKIT_ENVIRONMENTS(_FILE) any of the three is refused on its own (lib/env-environments.ts).
    const several = env.SCALEKIT_ENVIRONMENTS?.trim() || env.SCALEKIT_ENVIRONMENTS_FILE?.trim();
    if (!several && sk.some(Boolean) && !sk.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SCALEKIT_ENV_URL'],
        message: 'set all three of SCALEKIT_ENV_URL, SCALEKIT_CLIENT_ID and SCALEKIT_CLIENT_SECRET, or none',
      });
    }
    const oidc = [env.AUTH_OIDC_ISSUER, env.AUTH_OIDC_CLIENT_ID, env.AUTH_OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_OIDC_ISSUER'],
        message:
          'set all three of AUTH_OIDC_ISSUER, AUTH_OIDC_CLIENT_ID and AUTH_OIDC_CLIENT_SECRET, or none',
      });
    }
  });

export type RawEnv = z.infer<typeof schema>;

export interface ServerEnv {
  nodeEnv: RawEnv['NODE_ENV'];
  /** Every Scalekit environment, in display order; empty: not configured (the console shows a setup message). */
  environments: EnvironmentSettings[];
  /** The environment today's URLs (no environment in them) open; null only when none is configured. */
  defaultEnvironment: string | null;
  /**
   * Transitional: the default environment's settings, for code written before there were several. It goes
   * once every caller picks its environment from the request (lib/environments).
   */
  scalekit: EnvironmentSettings | null;
  auth: {
    secret: string | undefined;
    /** AUTH_URL: the origin staff use; unset, the origin of each request. */
    url: string | undefined;
    publicUrl: string | undefined;
    credentialsEnabled: boolean;
    users: string | undefined;
    oidc: { issuer: string; clientId: string; clientSecret: string; name: string; scopes: string } | null;
    adminEmails: string[];
    supportEmails: string[];
    roleClaim: string | undefined;
  };
  /** Reverse proxies in front of the console whose X-Forwarded-For entries are believed (lib/security/client-address.ts). */
  network: { trustedProxyHops: number };
  db: { databaseUrl: string | undefined; dataDir: string };
  // webhookSecret undefined: webhooks are off (the endpoint answers 503, pages poll). Transitional like `scalekit`:
  // the default environment's secret (each environment has its own in `environments`).
  events: { webhookSecret: string | undefined; retentionDays: number };
  /** Percentages below which the home page calls an environment degraded. */
  home: { successRateThreshold: number; readyThreshold: number };
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/**
 * Parses an environment; exported for tests and for scripts/start.ts. Every problem is reported at once, each
 * naming its variable.
 */
export function parseServerEnv(
  source: Record<string, string | undefined>,
  opts: ParseOptions = {},
): ServerEnv {
  const parsed = schema.safeParse(source);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => `${String(i.path[0] ?? 'environment')}: ${i.message}`);
  const backend = parsed.data?.MCP_CONSOLE_BACKEND ?? 'scalekit';
  const configured = parseEnvironments(
    source,
    { backend, timeoutMs: parsed.data?.SCALEKIT_TIMEOUT_MS ?? 10_000 },
    opts,
  );
  problems.push(...configured.problems);
  if (!parsed.success || problems.length) throw new EnvError(problems);
  const e = parsed.data;
  const { environments, defaultEnvironment } = configured;
  const scalekit = environments.find((x) => x.name === defaultEnvironment) ?? null;
  const oidc =
    e.AUTH_OIDC_ISSUER && e.AUTH_OIDC_CLIENT_ID && e.AUTH_OIDC_CLIENT_SECRET
      ? {
          issuer: e.AUTH_OIDC_ISSUER,
          clientId: e.AUTH_OIDC_CLIENT_ID,
          clientSecret: e.AUTH_OIDC_CLIENT_SECRET,
          name: e.AUTH_OIDC_NAME,
          scopes: e.AUTH_OIDC_SCOPES.split(/ +/).join(' '),
        }
      : null;
  if (e.NODE_ENV === 'production' && backend === 'scalekit' && !e.AUTH_SECRET) {
    throw new EnvError([
      'AUTH_SECRET: required in production; generate one with `openssl rand -base64 32` and set AUTH_SECRET',
    ]);
  }
  return {
    nodeEnv: e.NODE_ENV,
    environments,
    defaultEnvironment,
    scalekit,
    auth: {
      secret: e.AUTH_SECRET,
      url: e.AUTH_URL,
      publicUrl: e.CONSOLE_PUBLIC_URL ?? e.AUTH_URL,
      // Credentials sign-in is on by default only in front of the emulator; with a real Scalekit it must be opted in.
      credentialsEnabled: e.AUTH_CREDENTIALS ?? backend === 'emulator',
      users: e.CONSOLE_USERS,
      oidc,
      adminEmails: e.ADMIN_EMAILS,
      supportEmails: e.SUPPORT_EMAILS,
      roleClaim: e.AUTH_ROLE_CLAIM,
    },
    network: { trustedProxyHops: e.TRUSTED_PROXY_HOPS },
    db: { databaseUrl: e.DATABASE_URL, dataDir: e.DATA_DIR },
    events: {
      // With a single environment (or none) this is SCALEKIT_WEBHOOK_SECRET, as it always was.
      webhookSecret: scalekit ? scalekit.webhookSecret : e.SCALEKIT_WEBHOOK_SECRET,
      retentionDays: e.EVENTS_RETENTION_DAYS,
    },
    home: {
      successRateThreshold: e.HOME_SUCCESS_RATE_THRESHOLD,
      readyThreshold: e.HOME_READY_THRESHOLD,
    },
  };
}
