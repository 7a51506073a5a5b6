/** Client-credentials tokens for the REST API (API.md §1c). Opaque, in memory: a restart forces a refresh. */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { ApiError, unauthenticated } from '../http/errors';
import type { Router } from '../http/router';

export const ACCESS_TOKEN_TTL_S = 3600;

const formSchema = z.object({
  grant_type: z.literal('client_credentials', { message: 'grant_type must be client_credentials' }),
  client_id: z.string({ message: 'client_id is required' }).min(1, 'client_id is required'),
  client_secret: z.string({ message: 'client_secret is required' }).min(1, 'client_secret is required'),
  scope: z.string().optional(),
});

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export class ApiTokens {
  private readonly tokens = new Map<string, number>(); // token -> expiry (ms)

  constructor(
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {}

  register(router: Router) {
    router.add('POST', '/oauth/token', async ({ body }) => {
      const parsed = formSchema.safeParse(await body());
      if (!parsed.success) {
        throw new ApiError('INVALID_ARGUMENT', parsed.error.issues.map((i) => i.message).join('; '));
      }
      const f = parsed.data;
      if (!same(f.client_id, this.clientId) || !same(f.client_secret, this.clientSecret)) {
        throw unauthenticated('invalid client credentials');
      }
      const token = randomBytes(32).toString('base64url');
      this.tokens.set(token, Date.now() + ACCESS_TOKEN_TTL_S * 1000);
      this.prune();
      return {
        access_token: token,
        token_type: 'Bearer',
        expires_in: ACCESS_TOKEN_TTL_S,
        scope: f.scope ?? '',
      };
    });
  }

  check(header: string | undefined) {
    const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!m) throw unauthenticated('missing bearer token: send Authorization: Bearer <access_token>');
    const exp = this.tokens.get(m[1]);
    if (!exp || exp < Date.now()) throw unauthenticated('access token is invalid or expired');
  }

  /** Test control: make every issued token expired, to exercise client refresh. */
  expireAll() {
    for (const k of this.tokens.keys()) this.tokens.set(k, 0);
  }

  private prune() {
    if (this.tokens.size < 10_000) return;
    const now = Date.now();
    for (const [k, exp] of this.tokens) if (exp < now) this.tokens.delete(k);
  }
}
