/**
 * Claims a strict OpenID Connect provider keeps out of the ID token are read from its userinfo endpoint. The
 * provider is a real one (oidc-provider) on a local port: its discovery document, its access tokens, its
 * userinfo endpoint. Three people: an admin (by email list), a support user (by role claim), and someone
 * with neither, who gets no role.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withUserinfo } from '@/lib/auth/oidc-userinfo';

const PEOPLE: Record<string, Record<string, unknown>> = {
  'sub-admin': { email: 'Ada@Example.com', groups: [] },
  'sub-support': { email: 'sam@example.com', groups: ['support'] },
  'sub-nobody': { email: 'nobody@example.com', groups: [] },
};

let server: Server;
let issuer: string;
let provider: Provider;

beforeAll(async () => {
  server = (await import('node:http')).createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  provider = new Provider(issuer, {
    clients: [{ client_id: 'console', client_secret: 'console-secret', redirect_uris: [`${issuer}/cb`] }],
    claims: { openid: ['sub'], email: ['email'], groups: ['groups'] },
    async findAccount(_ctx, sub) {
      return { accountId: sub, claims: async () => ({ sub, ...PEOPLE[sub] }) };
    },
  });
  server.on('request', provider.callback());
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function accessTokenFor(sub: string): Promise<string> {
  const client = await provider.Client.find('console');
  const grant = new provider.Grant({ accountId: sub, clientId: 'console' });
  grant.addOIDCScope('openid email groups');
  const grantId = await grant.save();
  return new provider.AccessToken({ accountId: sub, client, grantId, scope: 'openid email groups' }).save();
}

describe('withUserinfo against a real OpenID provider', () => {
  it('fills email and the role claim from userinfo when the ID token has only sub', async () => {
    for (const sub of Object.keys(PEOPLE)) {
      const claims = await withUserinfo(
        { sub },
        { issuer, accessToken: await accessTokenFor(sub), needed: ['email', 'groups'] },
      );
      expect(claims).toMatchObject({ sub, ...PEOPLE[sub] });
    }
  });

  it('keeps the ID token claims and asks nothing when they are complete', async () => {
    const claims = { sub: 'sub-admin', email: 'ada@example.com', groups: ['admin'] };
    const calls: string[] = [];
    const out = await withUserinfo(claims, {
      issuer,
      accessToken: 'unused',
      needed: ['email', 'groups'],
      fetchImpl: async (u) => (calls.push(String(u)), new Response('{}')),
    });
    expect(out).toEqual(claims);
    expect(calls).toEqual([]);
  });

  it('refuses a userinfo answer for another subject, and a bad token', async () => {
    await expect(
      withUserinfo(
        { sub: 'sub-admin' },
        { issuer, accessToken: await accessTokenFor('sub-nobody'), needed: ['email'] },
      ),
    ).rejects.toThrow('another subject');
    await expect(
      withUserinfo({ sub: 'sub-admin' }, { issuer, accessToken: 'not-a-token', needed: ['email'] }),
    ).rejects.toThrow('userinfo answered 401');
  });
});
