/** An HTTP failure from our own API: the message our routes put in `error`, and their stable `code`. */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The browser's one JSON fetch for our route handlers: a non-2xx answer throws with the route's own message. */
export async function getJson<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  const body = (await res.json().catch(() => ({}))) as T & { error?: string; code?: string };
  if (!res.ok) throw new HttpError(body.error ?? `Request failed (${res.status})`, res.status, body.code);
  return body;
}

/** A JSON POST to one of our routes. */
export const postJson = <T>(url: string, body: unknown) =>
  getJson<T>(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
