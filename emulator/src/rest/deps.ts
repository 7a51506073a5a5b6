import type { Store } from '../store/store';

/** What every REST module needs: the state and the public base URL links and server URLs are built on. */
export interface Deps {
  store: Store;
  baseUrl: string;
}

export const AUTH_LINK_TTL_MS = 60_000; // "fresh links ... are valid for 1 minute only"
export const MAGIC_LINK_TTL_MS = 10 * 60_000;

export const authorizeUrl = (base: string, token: string) => `${base}/connect/authorize/${token}`;
