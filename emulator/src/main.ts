/** `npm run emulator`: the Scalekit AgentKit emulator on its own. Configuration from EMULATOR_* variables. */
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, DEFAULT_SEED_TOOL_CALLS, startEmulator } from './server';
import { SEED_VARIANTS } from './store/seed-variants';

const envSchema = z
  .object({
    EMULATOR_PORT: z.coerce.number().int().min(0).max(65535, 'must be a port number (0-65535)').default(4010),
    EMULATOR_HOST: z.string().min(1).default('127.0.0.1'),
    EMULATOR_CLIENT_ID: z.string().min(1).default(DEFAULT_CLIENT_ID),
    EMULATOR_CLIENT_SECRET: z.string().min(1).default(DEFAULT_CLIENT_SECRET),
    EMULATOR_DATA_DIR: z.string().min(1).default(path.join('.data', 'emulator')),
    EMULATOR_SEED: z.enum(['demo', 'none'], { message: 'must be demo or none' }).default('demo'),
    EMULATOR_SEED_VARIANT: z
      .enum(SEED_VARIANTS, { message: 'must be development or production' })
      .default('development'),
    EMULATOR_SEED_USERS: z.coerce.number().int().min(0).max(100_000, 'must be at most 100000').default(240),
    EMULATOR_SEED_TOOL_CALLS: z.coerce
      .number()
      .int()
      .min(0)
      .max(1_000_000, 'must be at most 1000000')
      .default(DEFAULT_SEED_TOOL_CALLS),
    EMULATOR_CONTROLS: z.enum(['0', '1', 'true', 'false', '']).default('0'),
    EMULATOR_PUBLIC_URL: z.url().optional(),
    EMULATOR_WEBHOOK_URL: z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url({ protocol: /^https?$/, message: 'must be http(s) URLs, comma-separated' }))),
    EMULATOR_WEBHOOK_SECRET: z
      .string()
      .regex(
        /^whsec_[A-Za-z0-9+/]{16,}={0,2}$/,
        'must be whsec_ followed by base64 (openssl rand -base64 24)',
      )
      .optional(),
  })
  .refine((e) => !e.EMULATOR_WEBHOOK_URL.length || e.EMULATOR_WEBHOOK_SECRET, {
    path: ['EMULATOR_WEBHOOK_SECRET'],
    message: 'required when EMULATOR_WEBHOOK_URL is set',
  });

async function main() {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    for (const i of parsed.error.issues) console.error(`Invalid ${String(i.path[0])}: ${i.message}`);
    process.exit(1);
  }
  const env = parsed.data;
  const controls = env.EMULATOR_CONTROLS === '1' || env.EMULATOR_CONTROLS === 'true';
  const emu = await startEmulator({
    port: env.EMULATOR_PORT,
    host: env.EMULATOR_HOST,
    dataDir: path.resolve(env.EMULATOR_DATA_DIR),
    seed: env.EMULATOR_SEED,
    seedVariant: env.EMULATOR_SEED_VARIANT,
    seedUsers: env.EMULATOR_SEED_USERS,
    seedToolCalls: env.EMULATOR_SEED_TOOL_CALLS,
    controls,
    clientId: env.EMULATOR_CLIENT_ID,
    clientSecret: env.EMULATOR_CLIENT_SECRET,
    publicUrl: env.EMULATOR_PUBLIC_URL,
    webhooks: env.EMULATOR_WEBHOOK_SECRET
      ? { urls: env.EMULATOR_WEBHOOK_URL, secret: env.EMULATOR_WEBHOOK_SECRET }
      : undefined,
  });
  // First start: the local CA and its certificate are made now (a second or so), then kept in the data dir.
  const tls = await emu.ca.ensure();
  const demoCreds =
    env.EMULATOR_CLIENT_ID === DEFAULT_CLIENT_ID && env.EMULATOR_CLIENT_SECRET === DEFAULT_CLIENT_SECRET;
  console.log(
    [
      `Scalekit AgentKit emulator listening on ${emu.url}`,
      `  state: ${path.resolve(env.EMULATOR_DATA_DIR)} (seed: ${env.EMULATOR_SEED}${env.EMULATOR_SEED === 'demo' ? `, ${env.EMULATOR_SEED_VARIANT}` : ''})`,
      demoCreds
        ? `  API credentials (demo): client id ${DEFAULT_CLIENT_ID}, secret ${DEFAULT_CLIENT_SECRET}`
        : '  API credentials: from EMULATOR_CLIENT_ID / EMULATOR_CLIENT_SECRET',
      `  official SDKs (gRPC and REST over TLS, same port): SCALEKIT_ENV_URL=${emu.sdkUrl}`,
      `  local CA: ${tls.caPath} (trust it with NODE_EXTRA_CA_CERTS for Node;`,
      `    GRPC_DEFAULT_SSL_ROOTS_FILE_PATH and REQUESTS_CA_BUNDLE for Python)`,
      `  test controls (/_emulator/*): ${controls ? 'on' : 'off'}`,
      `  webhooks: ${emu.webhooks ? env.EMULATOR_WEBHOOK_URL.join(', ') : 'off'}`,
    ].join('\n'),
  );
  const stop = () => {
    void emu.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  const code = (err as { code?: string }).code;
  console.error(code === 'EADDRINUSE' ? `Port already in use: set EMULATOR_PORT to a free port` : err);
  process.exit(1);
});
