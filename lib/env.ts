import 'server-only';
import { parseServerEnv, type ServerEnv } from './env-schema';

export {
  EnvError,
  parseServerEnv,
  type EnvironmentRoleMapping,
  type EnvironmentSettings,
  type ServerEnv,
} from './env-schema';

/**
 * The one place the console reads process.env. Parsed once, lazily, so `next build` needs no runtime secrets.
 */
let cached: ServerEnv | undefined;

export function getServerEnv(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}
