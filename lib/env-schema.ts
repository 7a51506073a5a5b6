import { z } from 'zod';

/**
 * Configuration schema for the console, shared by the server (lib/env.ts) and scripts/start.ts, which
 * validates it before starting anything. Every problem names the variable to fix.
 */

const csv = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  );

const onOff = z
  .enum(['on', 'off', 'true', 'false', '1', '0'], { message: 'use on or off' })
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'on' || v === 'true' || v === '1'));

// Standard Webhooks secret as Scalekit shows it. The message never echoes the value: it is a secret.
const webhookSecret = z
  .string()
  .regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, {
    message: 'must be whsec_ followed by base64, as Scalekit shows it',
    abort: true,
  })
  .refine((v) => Buffer.from(v.slice('whsec_'.length), 'base64').length >= 16, {
    message: 'is too short: the part after whsec_ must decode to at least 16 bytes',
  });

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    SCALEKIT_ENV_URL: z.url({ message: 'must be a URL such as https://acme.scalekit.dev' }).optional(),
    SCALEKIT_CLIENT_ID: z.string().min(1).optional(),
    SCALEKIT_CLIENT_SECRET: z.string().min(1).optional(),
    MCP_CONSOLE_BACKEND: z.enum(['emulator', 'scalekit']).optional(),
    SCALEKIT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
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
  })
  .superRefine((env, ctx) => {
    const sk = [env.SCALEKIT_ENV_URL, env.SCALEKIT_CLIENT_ID, env.SCALEKIT_CLIENT_SECRET];
    if (sk.some(Boolean) && !sk.every(Boolean)) {
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
  scalekit: {
    envUrl: string;
    clientId: string;
    clientSecret: string;
    backend: 'emulator' | 'scalekit';
    timeoutMs: number;
  } | null; // null: not configured (the console shows a setup message)
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
  // webhookSecret undefined: webhooks are off (the endpoint answers 503, pages poll).
  events: { webhookSecret: string | undefined; retentionDays: number };
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parses an environment; exported for tests and for scripts/start.ts. */
export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((i) => `${String(i.path[0] ?? 'environment')}: ${i.message}`));
  }
  const e = parsed.data;
  const backend = e.MCP_CONSOLE_BACKEND ?? 'scalekit';
  const scalekit =
    e.SCALEKIT_ENV_URL && e.SCALEKIT_CLIENT_ID && e.SCALEKIT_CLIENT_SECRET
      ? {
          envUrl: e.SCALEKIT_ENV_URL.replace(/\/+$/, ''),
          clientId: e.SCALEKIT_CLIENT_ID,
          clientSecret: e.SCALEKIT_CLIENT_SECRET,
          backend,
          timeoutMs: e.SCALEKIT_TIMEOUT_MS,
        }
      : null;
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
    events: { webhookSecret: e.SCALEKIT_WEBHOOK_SECRET, retentionDays: e.EVENTS_RETENTION_DAYS },
  };
}
