import 'server-only';
import { getServerEnv } from '@/lib/env';
import { ScalekitError } from './errors';
import { createScalekitClient, type ScalekitClient } from './index';

/** What a client needs of an environment's settings (lib/env-schema.ts `EnvironmentSettings` has it all). */
export interface ClientSettings {
  envUrl: string;
  clientId: string;
  clientSecret: string;
  timeoutMs?: number;
}

// The one process-wide map: one client per environment (and across Next dev reloads), so each environment's
// token cache and feature caches are shared by every request to it. Keyed without the secret.
const g = globalThis as unknown as { __scalekitClients?: Map<string, ScalekitClient> };
const clients = (g.__scalekitClients ??= new Map());

export function scalekitFor(settings: ClientSettings): ScalekitClient {
  const key = `${settings.envUrl}\u0000${settings.clientId}`;
  let client = clients.get(key);
  if (!client) {
    client = createScalekitClient({
      baseUrl: settings.envUrl,
      clientId: settings.clientId,
      clientSecret: settings.clientSecret,
      timeoutMs: settings.timeoutMs,
    });
    clients.set(key, client);
  }
  return client;
}

/** The environment this deployment is configured for (SCALEKIT_* or the embedded emulator). */
export function configuredScalekit(): ScalekitClient {
  const sk = getServerEnv().scalekit;
  if (!sk) {
    throw new ScalekitError(
      'Scalekit is not configured: set SCALEKIT_ENV_URL, SCALEKIT_CLIENT_ID and SCALEKIT_CLIENT_SECRET (or start with npm start to use the emulator)',
      0,
      'not_configured',
    );
  }
  return scalekitFor(sk);
}
