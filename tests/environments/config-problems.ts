/** Helpers for the configuration tests: parse, and the problems a bad configuration reports. */
import { parseServerEnv, type ParseOptions } from '@/lib/env-schema';

export function problemsOf(env: Record<string, string>, opts?: ParseOptions): string[] {
  try {
    parseServerEnv(env, opts);
    return [];
  } catch (err) {
    if ((err as { name?: string }).name !== 'EnvError') throw err;
    return (err as { problems: string[] }).problems;
  }
}

export const WEBHOOK_SECRET = `whsec_${Buffer.alloc(24, 7).toString('base64')}`;

/** development and production, each with the three required variables. */
export const TWO = {
  SCALEKIT_ENVIRONMENTS: 'development,production',
  SCALEKIT_DEVELOPMENT_ENV_URL: 'https://acme-dev.scalekit.dev/',
  SCALEKIT_DEVELOPMENT_CLIENT_ID: 'skc_dev',
  SCALEKIT_DEVELOPMENT_CLIENT_SECRET: 'skcs_dev_secret',
  SCALEKIT_PRODUCTION_ENV_URL: 'https://acme.scalekit.com',
  SCALEKIT_PRODUCTION_CLIENT_ID: 'skc_prod',
  SCALEKIT_PRODUCTION_CLIENT_SECRET: 'skcs_prod_secret',
};
