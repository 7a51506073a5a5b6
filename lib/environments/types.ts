/**
 * What the browser may know about a Scalekit environment: no secret, nothing that reaches it. Pages, the
 * switcher and the home page's cards are built from this; the server keeps the credentials
 * (lib/env-schema.ts `EnvironmentSettings`).
 */
export interface EnvironmentInfo {
  name: string;
  /** Marked on every page, with a typed confirmation before promoting to it. */
  production: boolean;
  envUrl: string;
  backend: 'emulator' | 'scalekit';
}

/** How an environment answered its last probe (lib/environments/health.ts). */
export type HealthState = 'answering' | 'slow' | 'failing';

export interface EnvironmentHealth {
  name: string;
  state: HealthState;
  /** Time to the answer, or to giving up. */
  latencyMs: number;
  checkedAt: string; // ISO time of the probe
  /** Why it is failing, in words anyone may read; absent when it answered. */
  error?: string;
  /** For admins only: the underlying error, which may name the environment's internal address. */
  detail?: string;
}
