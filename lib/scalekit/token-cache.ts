import { z } from 'zod';
import { ScalekitError, errorFromResponse } from './errors';

const tokenResponse = z.object({
  access_token: z.string().min(1),
  token_type: z.string().optional(),
  expires_in: z.number().positive().default(3600),
});

/**
 * The client-credentials token: fetched lazily, refreshed before expiry, and never fetched twice at once
 * (concurrent callers share the one refresh in flight).
 */
export class TokenCache {
  private token: { value: string; expiresAt: number } | undefined;
  private inflight: Promise<string> | undefined;

  constructor(
    private readonly opts: {
      baseUrl: string;
      clientId: string;
      clientSecret: string;
      timeoutMs: number;
      fetch: typeof fetch;
      now: () => number;
    },
  ) {}

  invalidate() {
    this.token = undefined;
  }

  /** `timeoutMs`: at most this long for a fetch this call starts (the caller's deadline may be closer). */
  async get(timeoutMs = this.opts.timeoutMs): Promise<string> {
    const now = this.opts.now();
    if (this.token && this.token.expiresAt > now) return this.token.value;
    this.inflight ??= this.fetchToken(timeoutMs).finally(() => (this.inflight = undefined));
    return this.inflight;
  }

  private async fetchToken(timeoutMs: number): Promise<string> {
    const { baseUrl, clientId, clientSecret } = this.opts;
    let res: Response;
    try {
      res = await this.opts.fetch(`${baseUrl}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: clientSecret,
        }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw new ScalekitError(`Cannot reach Scalekit at ${baseUrl}: ${(err as Error).message}`, 0, 'network');
    }
    const text = await res.text();
    if (!res.ok)
      throw errorFromResponse(res.status, text, res.headers.get('x-request-id') ?? undefined, null);
    let parsed;
    try {
      parsed = tokenResponse.parse(JSON.parse(text));
    } catch {
      throw new ScalekitError(
        'Scalekit sent a token response the console cannot read',
        502,
        'bad_token_response',
      );
    }
    const lifetime = parsed.expires_in * 1000;
    // Refresh a minute early (or at 90% of short lifetimes) so no call goes out with a token about to expire.
    const margin = Math.min(60_000, lifetime * 0.1);
    this.token = { value: parsed.access_token, expiresAt: this.opts.now() + lifetime - margin };
    return parsed.access_token;
  }
}
