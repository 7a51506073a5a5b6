/**
 * Talks to the e2e emulator directly: its test controls (/_emulator/*) and its REST API, so specs can check
 * what the console really did upstream ("the emulator holds exactly that mapping").
 */
import { E2E } from './e2e-env';

export async function emulatorControl<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${E2E.emulatorUrl}/_emulator${path}`, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`emulator control ${method} ${path}: ${res.status} ${await res.text()}`);
  const text = await res.text();
  return (text ? JSON.parse(text) : {}) as T;
}

let token: { value: string; exp: number } | undefined;

async function accessToken(): Promise<string> {
  if (token && token.exp > Date.now() + 10_000) return token.value;
  const res = await fetch(`${E2E.emulatorUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: E2E.clientId,
      client_secret: E2E.clientSecret,
    }),
  });
  if (!res.ok) throw new Error(`emulator token: ${res.status}`);
  const json = (await res.json()) as { access_token: string; expires_in: number };
  token = { value: json.access_token, exp: Date.now() + json.expires_in * 1000 };
  return token.value;
}

/** Calls the emulator's Scalekit REST API (`/api/v1/...`) with a valid bearer token. */
export async function emulatorApi<T = Record<string, unknown>>(method: string, path: string, body?: unknown) {
  const res = await fetch(`${E2E.emulatorUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await accessToken()}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as T };
}
